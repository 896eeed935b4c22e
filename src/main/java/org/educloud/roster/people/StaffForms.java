package org.educloud.roster.people;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.educloud.roster.BackboneLevel;
import org.educloud.roster.Gender;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.roster.Qualification;
import org.educloud.roster.Registered;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.Specialist;
import org.educloud.roster.StaffDetail;
import org.educloud.roster.StaffDraft;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FormErrors;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A school admin registers staff, looks at one staff member and corrects their record. */
@Controller
@RequestMapping("/roster")
class StaffForms {

    private final RosterDirectory directory;
    private final RosterManagement management;
    private final TenancyManagement tenancy;
    private final MessageSource messages;

    StaffForms(RosterDirectory directory, RosterManagement management, TenancyManagement tenancy,
               MessageSource messages) {
        this.directory = directory;
        this.management = management;
        this.tenancy = tenancy;
        this.messages = messages;
    }

    @GetMapping("/staff/new")
    String newStaff(Scope scope, @RequestParam long school, Model model) {
        staffChoices(administeredSchool(scope, school), model);
        model.addAttribute("form", new StaffDraft("", "", null, null, "", null, null, BackboneLevel.NONE, true,
                Specialist.NONE));
        model.addAttribute("errors", Map.of());
        return "roster/staff-form";
    }

    @PostMapping("/staff/new")
    String registerStaff(Scope scope, @RequestParam long school, @Valid @ModelAttribute("form") @Nullable StaffDraft form,
                         BindingResult binding, Model model, Locale locale) {
        OrgNodeView node = administeredSchool(scope, school);
        staffChoices(node, model);
        if (form == null || binding.hasErrors()) {
            if (form == null) {
                model.addAttribute("form", new StaffDraft("", "", null, null, "", null, null, null, true, null));
            }
            model.addAttribute("errors", FormErrors.of(binding, messages, locale));
            return "roster/staff-form";
        }
        try {
            Registered registered = management.registerStaff(scope, node.id(), form, null);
            model.addAttribute("registered", registered);
            return "roster/staff-registered";
        } catch (ConflictException e) {
            model.addAttribute("errors", FormErrors.of(e, e.field(), messages, locale));
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e, "", messages, locale));
        }
        return "roster/staff-form";
    }

    @GetMapping("/staff/{id}")
    String staffMember(Scope scope, @PathVariable long id, Model model) {
        StaffDetail detail = directory.staffMember(scope, id);
        model.addAttribute("detail", detail);
        model.addAttribute("canManage", scope.canAdminister(tenancy.visible(scope, detail.staff().schoolId()).path()));
        return "roster/staff-member";
    }

    @GetMapping("/staff/{id}/edit")
    String editStaff(Scope scope, @PathVariable long id, Model model) {
        StaffDraft draft = directory.staffDraft(scope, id);
        staffChoices(tenancy.visible(scope, directory.staffMember(scope, id).staff().schoolId()), model);
        model.addAttribute("form", draft);
        model.addAttribute("staffId", id);
        model.addAttribute("errors", Map.of());
        return "roster/staff-form";
    }

    @PostMapping("/staff/{id}/edit")
    String correctStaff(Scope scope, @PathVariable long id, @Valid @ModelAttribute("form") @Nullable StaffDraft form,
                        BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        StaffDraft current = directory.staffDraft(scope, id);
        staffChoices(tenancy.visible(scope, directory.staffMember(scope, id).staff().schoolId()), model);
        model.addAttribute("staffId", id);
        if (form == null || binding.hasErrors()) {
            model.addAttribute("form", form != null ? form : current);
            model.addAttribute("errors", FormErrors.of(binding, messages, locale));
            return "roster/staff-form";
        }
        try {
            management.correctStaff(scope, id, form);
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e, "staffNumber", messages, locale));
            return "roster/staff-form";
        }
        redirect.addFlashAttribute("notice", "roster.notice.corrected");
        return "redirect:/roster/staff/" + id;
    }

    private void staffChoices(OrgNodeView school, Model model) {
        model.addAttribute("school", school);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("qualifications", Qualification.values());
        model.addAttribute("titles", ProfessionalTitle.values());
        model.addAttribute("backboneLevels", BackboneLevel.values());
        model.addAttribute("specialists", Specialist.values());
    }

    private OrgNodeView administeredSchool(Scope scope, long school) {
        return directory.managedSchool(scope, OrgId.of(school));
    }
}
