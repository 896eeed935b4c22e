package org.educloud.roster.guardians;

import org.educloud.roster.GuardianRelation;
import org.educloud.roster.Registered;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.StudentId;
import org.educloud.shared.ConflictException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A student's guardians from the student's page: adding one with a parent account, correcting and unlinking. */
@Controller
@RequestMapping("/roster")
class GuardianForms {

    private final RosterManagement management;

    GuardianForms(RosterManagement management) {
        this.management = management;
    }

    /** Adds a guardian to a student, with a parent account waiting for activation; the code is shown once. */
    @PostMapping("/students/{id}/guardians")
    String addGuardian(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String name,
                       @RequestParam(required = false) @Nullable String phone,
                       @RequestParam(defaultValue = "OTHER") GuardianRelation relation, Model model,
                       RedirectAttributes redirect) {
        String cleanPhone = phone == null || phone.isBlank() ? null : phone.strip();
        if (name == null || name.isBlank() || name.length() > 50
                || (cleanPhone != null && !cleanPhone.matches("1\\d{10}"))) {
            redirect.addFlashAttribute("problem", "roster.guardian.invalid");
            return "redirect:/roster/students/" + id;
        }
        try {
            Registered registered = management.registerGuardian(scope, StudentId.of(id), name.strip(), cleanPhone, relation, null);
            model.addAttribute("registered", registered);
            model.addAttribute("studentId", id);
            return "roster/guardian-registered";
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            return "redirect:/roster/students/" + id;
        }
    }

    /** Corrects a guardian from the student's page: name, phone and relation to this student. */
    @PostMapping("/students/{id}/guardians/{guardianId}")
    String correctGuardian(Scope scope, @PathVariable long id, @PathVariable long guardianId,
                           @RequestParam(required = false) @Nullable String name,
                           @RequestParam(required = false) @Nullable String phone,
                           @RequestParam(defaultValue = "OTHER") GuardianRelation relation,
                           RedirectAttributes redirect) {
        String cleanPhone = phone == null || phone.isBlank() ? null : phone.strip();
        if (name == null || name.isBlank() || name.length() > 50
                || (cleanPhone != null && !cleanPhone.matches("1\\d{10}"))) {
            redirect.addFlashAttribute("problem", "roster.guardian.invalid");
            return "redirect:/roster/students/" + id;
        }
        management.correctGuardian(scope, StudentId.of(id), guardianId, name.strip(), cleanPhone, relation);
        redirect.addFlashAttribute("notice", "roster.notice.guardianCorrected");
        return "redirect:/roster/students/" + id;
    }

    @PostMapping("/students/{id}/guardians/{guardianId}/unlink")
    String unlinkGuardian(Scope scope, @PathVariable long id, @PathVariable long guardianId,
                          RedirectAttributes redirect) {
        management.unlinkGuardian(scope, StudentId.of(id), guardianId);
        redirect.addFlashAttribute("notice", "roster.notice.guardianUnlinked");
        return "redirect:/roster/students/" + id;
    }
}
