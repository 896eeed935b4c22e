package org.educloud.roster.classes;

import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Classes in pages: the list with paging by school and grade, and one class's roster. */
@Controller
@RequestMapping("/roster")
class SchoolClassPages {

    private static final int PAGE_SIZE = 20;

    private final RosterDirectory directory;
    private final TenancyManagement tenancy;

    SchoolClassPages(RosterDirectory directory, TenancyManagement tenancy) {
        this.directory = directory;
        this.tenancy = tenancy;
    }

    @GetMapping("/classes")
    String classes(Scope scope, @RequestParam(required = false) @Nullable Long school,
                   @RequestParam(required = false) @Nullable Integer grade, @RequestParam(defaultValue = "0") int page,
                   Model model) {
        model.addAttribute("school", school);
        model.addAttribute("grade", grade);
        model.addAttribute("results", directory.classes(scope, school == null ? null : OrgId.of(school), grade, page, PAGE_SIZE));
        return "roster/classes";
    }

    @GetMapping("/classes/{id}")
    String schoolClass(Scope scope, @PathVariable long id, Model model) {
        var roster = directory.roster(scope, ClassId.of(id));
        model.addAttribute("roster", roster);
        model.addAttribute("canManage", scope.canAdminister(tenancy.visible(scope, roster.schoolClass().schoolId()).path()));
        return "roster/class";
    }
}
