package org.educloud.roster.classes;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.educloud.roster.ClassDraft;
import org.educloud.roster.ClassKind;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FormErrors;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A school admin opens a class: its term, grade, name, kind and head teacher. */
@Controller
@RequestMapping("/roster")
class ClassForms {

    private final RosterDirectory directory;
    private final RosterManagement management;
    private final MessageSource messages;

    ClassForms(RosterDirectory directory, RosterManagement management, MessageSource messages) {
        this.directory = directory;
        this.management = management;
        this.messages = messages;
    }

    @GetMapping("/classes/new")
    String newClass(Scope scope, @RequestParam long school, Model model) {
        classChoices(scope, administeredSchool(scope, school), model);
        model.addAttribute("form", new ClassDraft(null, 1, "", ClassKind.HOMEROOM, null));
        model.addAttribute("errors", Map.of());
        return "roster/class-form";
    }

    @PostMapping("/classes/new")
    String openClass(Scope scope, @RequestParam long school, @Valid @ModelAttribute("form") @Nullable ClassDraft form,
                     BindingResult binding, Model model, Locale locale) {
        OrgNodeView node = administeredSchool(scope, school);
        if (form == null || binding.hasErrors()) {
            classChoices(scope, node, model);
            model.addAttribute("form", form != null ? form : new ClassDraft(null, 1, "", ClassKind.HOMEROOM, null));
            model.addAttribute("errors", FormErrors.of(binding, messages, locale));
            return "roster/class-form";
        }
        try {
            SchoolClassView opened = management.openClass(scope, node.id(), form);
            return "redirect:/roster/classes/" + opened.id();
        } catch (ConflictException e) {
            classChoices(scope, node, model);
            model.addAttribute("errors", FormErrors.of(e, e.field(), messages, locale));
            return "roster/class-form";
        } catch (NotFoundException | RuleViolationException e) {
            classChoices(scope, node, model);
            model.addAttribute("errors", FormErrors.of(e, "", messages, locale));
            return "roster/class-form";
        }
    }

    private void classChoices(Scope scope, OrgNodeView school, Model model) {
        model.addAttribute("school", school);
        model.addAttribute("terms", directory.terms(scope, school.id()));
        model.addAttribute("teachers", directory.staff(scope, null, school.id(), 0, 200).items());
        model.addAttribute("kinds", ClassKind.values());
    }

    private OrgNodeView administeredSchool(Scope scope, long school) {
        return directory.managedSchool(scope, OrgId.of(school));
    }
}
