package org.educloud.roster.transfers;

import java.time.LocalDate;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.StudentId;
import org.educloud.shared.DomainException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Transfers a student to another school the admin also administers, from the student's page. */
@Controller
@RequestMapping("/roster")
class TransferForms {

    private final RosterManagement management;

    TransferForms(RosterManagement management) {
        this.management = management;
    }

    @PostMapping("/students/{id}/transfer")
    String transfer(Scope scope, @PathVariable long id, @RequestParam long toSchool,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
        try {
            management.transfer(scope, StudentId.of(id), OrgId.of(toSchool), on, reason);
            redirect.addFlashAttribute("notice", "roster.notice.transferred");
        } catch (RuleViolationException | ForbiddenException e) {
            redirect.addFlashAttribute("problem", ((DomainException) e).messageKey());
        }
        return "redirect:/roster/students/" + id;
    }
}
