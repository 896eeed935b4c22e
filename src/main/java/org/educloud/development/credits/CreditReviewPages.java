package org.educloud.development.credits;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.educloud.shared.FormErrors;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
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
 * What administrators do with credit hours: decide their schools' claims, see who at a school is behind the cycle,
 * and (bureaus) set the cycle requirement.
 */
@Controller
class CreditReviewPages {

    private final CreditLedger ledger;
    private final CreditClaims claims;
    private final TenancyManagement tenancy;
    private final MessageSource messages;

    CreditReviewPages(CreditLedger ledger, CreditClaims claims, TenancyManagement tenancy, MessageSource messages) {
        this.ledger = ledger;
        this.claims = claims;
        this.tenancy = tenancy;
        this.messages = messages;
    }

    @GetMapping("/development/credits/review")
    String review(Scope scope, Model model) {
        model.addAttribute("claims", claims.pending(scope));
        model.addAttribute("nodes", administered(scope));
        return "development/credits-review";
    }

    @PostMapping("/development/credits/claims/{id}/approve")
    String approve(Scope scope, @PathVariable long id) {
        claims.approve(scope, id);
        return "redirect:/development/credits/review?approved";
    }

    @PostMapping("/development/credits/claims/{id}/reject")
    String reject(Scope scope, @PathVariable long id) {
        claims.reject(scope, id);
        return "redirect:/development/credits/review?rejected";
    }

    /** A school's teachers against the cycle; a bureau's page lists its schools to choose from. */
    @GetMapping("/development/credits/behind")
    String behind(Scope scope, @RequestParam long org, Model model) {
        OrgNodeView node = ledger.administered(scope, OrgId.of(org));
        model.addAttribute("node", node);
        model.addAttribute("requirement", ledger.requirementFor(node.path()));
        if (node.isSchool()) {
            model.addAttribute("standings", ledger.standings(scope, node));
        } else {
            model.addAttribute("schools", tenancy.schoolsUnder(node.path()));
        }
        return "development/credits-behind";
    }

    @GetMapping("/development/credits/requirement")
    String requirement(Scope scope, @RequestParam long org, Model model) {
        OrgNodeView node = bureau(scope, org);
        model.addAttribute("node", node);
        model.addAttribute("form", RequirementForm.of(ledger.requirementFor(node.path())));
        return "development/credits-requirement";
    }

    @PostMapping("/development/credits/requirement")
    String setRequirement(Scope scope, @RequestParam long org, @Valid @ModelAttribute("form") RequirementForm form,
                          BindingResult binding, Model model, Locale locale, HttpServletResponse response) {
        OrgNodeView node = bureau(scope, org);
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("node", node);
            model.addAttribute("errors", FormErrors.of(binding, messages, locale));
            return "development/credits-requirement";
        }
        ledger.setRequirement(scope, node.id(), form.requirement());
        return "redirect:/development/credits/requirement?org=" + org + "&saved";
    }

    private OrgNodeView bureau(Scope scope, long org) {
        OrgNodeView node = ledger.administered(scope, OrgId.of(org));
        if (node.isSchool()) {
            throw new org.educloud.shared.NotFoundException("development.error.bureauNotFound");
        }
        return node;
    }

    private List<OrgNodeView> administered(Scope scope) {
        return scope.adminPaths().stream().filter(p -> !p.equals(OrgPath.ROOT))
                .map(p -> p.ids().getLast()).flatMap(id -> tenancy.find(id).stream()).toList();
    }
}
