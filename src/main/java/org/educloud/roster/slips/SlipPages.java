package org.educloud.roster.slips;

import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.StudentId;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The printable page of a class's activation slips, reached from the class page. */
@Controller
@RequestMapping("/roster")
class SlipPages {

    private final RosterDirectory directory;
    private final RosterManagement management;

    SlipPages(RosterDirectory directory, RosterManagement management) {
        this.directory = directory;
        this.management = management;
    }

    /** A printable page of activation slips: new codes for the class's students who have not activated yet. */
    @PostMapping("/classes/{id}/slips")
    String slips(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("roster", directory.roster(scope, ClassId.of(id)));
        model.addAttribute("slips", management.issueActivationSlips(scope, ClassId.of(id)));
        return "roster/slips";
    }

    /** One student's slip with a new initial password, from the student's page (head teacher or school admin). */
    @PostMapping("/students/{id}/password-reset")
    String resetPassword(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("slips", java.util.List.of(management.resetStudentPassword(scope, StudentId.of(id))));
        model.addAttribute("passwordReset", true);
        model.addAttribute("studentId", id);
        return "roster/slips";
    }
}
