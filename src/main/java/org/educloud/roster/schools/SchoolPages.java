package org.educloud.roster.schools;

import org.educloud.roster.Gender;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** One school's (or subtree's) roster summary page: students by grade and gender, teachers, classes and staff. */
@Controller
@RequestMapping("/roster")
class SchoolPages {

    private final RosterDirectory directory;
    private final TenancyManagement tenancy;

    SchoolPages(RosterDirectory directory, TenancyManagement tenancy) {
        this.directory = directory;
        this.tenancy = tenancy;
    }

    @GetMapping("/schools/{id}")
    String schoolSummary(Scope scope, @PathVariable long id, Model model) {
        OrgNodeView node = tenancy.visible(scope, OrgId.of(id));
        model.addAttribute("node", node);
        model.addAttribute("summary", directory.summary(scope, node.id()));
        model.addAttribute("canRegister", node.isSchool() && node.isActive() && scope.canAdminister(node.path()));
        model.addAttribute("genders", Gender.values());
        return "roster/school";
    }
}
