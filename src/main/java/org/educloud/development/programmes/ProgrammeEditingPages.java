package org.educloud.development.programmes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.FormErrors;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An administrator's programme form: creating a programme for a node they run, revising one they organise, and
 * closing it. The programme itself is shown by {@link ProgrammePages}.
 */
@Controller
class ProgrammeEditingPages {

    private final RunningProgrammes running;
    private final EditingProgrammes editing;
    private final TenancyManagement tenancy;
    private final MessageSource messages;

    ProgrammeEditingPages(RunningProgrammes running, EditingProgrammes editing, TenancyManagement tenancy,
                          MessageSource messages) {
        this.running = running;
        this.editing = editing;
        this.tenancy = tenancy;
        this.messages = messages;
    }

    @GetMapping("/development/programmes/new")
    String form(Scope scope, @RequestParam long org, Model model) {
        return form(model, running.runner(scope, OrgId.of(org)), ProgrammeForm.empty());
    }

    @PostMapping("/development/programmes")
    String create(Scope scope, @RequestParam long org, @Valid @ModelAttribute("form") ProgrammeForm form,
                  BindingResult binding, Model model, Locale locale, HttpServletResponse response) {
        OrgNodeView node = running.runner(scope, OrgId.of(org));
        if (!binding.hasErrors()) {
            try {
                long id = running.create(scope, node.id(), form);
                return "redirect:/development/programmes/" + id + "?created";
            } catch (FieldRuleViolationException refused) {
                model.addAttribute("errors", FormErrors.of(refused, refused.field(), messages, locale));
            }
        } else {
            model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, node, form);
    }

    @GetMapping("/development/programmes/{id}/edit")
    String editForm(Scope scope, @PathVariable long id, Model model) {
        Programme programme = editing.organised(scope, id);
        model.addAttribute("edited", programme);
        return form(model, tenancy.find(OrgId.of(programme.ownerId())).orElseThrow(), programme.form());
    }

    @PostMapping("/development/programmes/{id}")
    String edit(Scope scope, @PathVariable long id, @Valid @ModelAttribute("form") ProgrammeForm form,
                BindingResult binding, Model model, Locale locale, HttpServletResponse response) {
        Programme programme = editing.organised(scope, id);
        if (!binding.hasErrors()) {
            try {
                editing.revise(scope, id, form);
                return "redirect:/development/programmes/" + id + "?edited";
            } catch (FieldRuleViolationException refused) {
                model.addAttribute("errors", FormErrors.of(refused, refused.field(), messages, locale));
            }
        } else {
            model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("edited", programme);
        return form(model, tenancy.find(OrgId.of(programme.ownerId())).orElseThrow(), form);
    }

    @PostMapping("/development/programmes/{id}/close")
    String close(Scope scope, @PathVariable long id) {
        editing.close(scope, id);
        return "redirect:/development/programmes/" + id + "?closed";
    }

    private String form(Model model, OrgNodeView node, ProgrammeForm form) {
        model.addAttribute("node", node);
        model.addAttribute("form", form);
        model.addAttribute("schools", node.isSchool() ? List.of(node) : tenancy.schoolsUnder(node.path()));
        model.addAttribute("rules", CompletionRule.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("titles", ProfessionalTitle.values());
        return "development/programme-form";
    }
}
