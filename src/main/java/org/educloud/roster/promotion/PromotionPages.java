package org.educloud.roster.promotion;

import org.educloud.roster.PromotionPlan;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.TermId;
import org.educloud.shared.DomainException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Year-end promotion of a school: choose the terms, read the preview, then promote in one step. */
@Controller
class PromotionPages {

    private final RosterDirectory directory;
    private final RosterManagement management;
    private final TenancyManagement tenancy;

    PromotionPages(RosterDirectory directory, RosterManagement management, TenancyManagement tenancy) {
        this.directory = directory;
        this.management = management;
        this.tenancy = tenancy;
    }

    @GetMapping("/roster/schools/{id}/promotion")
    String preview(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable Long from,
                   @RequestParam(required = false) @Nullable Long to, Model model) {
        OrgNodeView school = tenancy.visible(scope, OrgId.of(id));
        model.addAttribute("school", school);
        model.addAttribute("terms", directory.terms(scope, school.id()));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (from != null && to != null) {
            try {
                PromotionPlan plan = management.promotionPlan(scope, school.id(), TermId.of(from), TermId.of(to));
                model.addAttribute("plan", plan);
            } catch (org.educloud.shared.RuleViolationException e) {
                model.addAttribute("problem", e.messageKey());
            }
        } else if (!scope.canAdminister(school.path())) {
            throw new org.educloud.shared.NotFoundException("roster.error.schoolNotFound");
        }
        return "roster/promotion";
    }

    @PostMapping("/roster/schools/{id}/promotion")
    String promote(Scope scope, @PathVariable long id, @RequestParam long from, @RequestParam long to,
                   RedirectAttributes redirect) {
        try {
            // only the notice travels to the school page: the plan is not shown there, and a flash attribute is kept in
            // the database-stored session, where a shape changed by the next version could no longer be read
            management.promote(scope, OrgId.of(id), TermId.of(from), TermId.of(to));
            redirect.addFlashAttribute("notice", "roster.notice.promoted");
            return "redirect:/roster/schools/" + id;
        } catch (org.educloud.shared.RuleViolationException e) {
            redirect.addFlashAttribute("problem", ((DomainException) e).messageKey());
            return "redirect:/roster/schools/" + id + "/promotion?from=" + from + "&to=" + to;
        }
    }
}
