package org.educloud.identity.integrations;

import java.util.List;
import java.util.Locale;
import org.educloud.identity.IntegrationScope;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgQuery;
import org.educloud.tenancy.OrgStatus;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins register the systems that read their roster over OneRoster (a school's LMS, a bureau's data centre):
 * each gets a client id and a secret shown once, bound to one org node and a set of scopes.
 */
@Controller
@RequestMapping("/admin/integrations")
class IntegrationPages {

    private final IntegrationClients clients;
    private final TenancyManagement tenancy;
    private final MessageSource messages;

    IntegrationPages(IntegrationClients clients, TenancyManagement tenancy, MessageSource messages) {
        this.clients = clients;
        this.tenancy = tenancy;
        this.messages = messages;
    }

    @GetMapping
    String list(Scope scope, Model model) {
        return page(scope, model);
    }

    @PostMapping
    String register(Scope scope, @RequestParam(required = false) @Nullable String name,
                    @RequestParam(required = false) @Nullable Long orgId,
                    @RequestParam(name = "scopes", required = false) @Nullable List<String> scopes,
                    Locale locale, Model model) {
        model.addAttribute("name", name);
        if (orgId == null) {
            model.addAttribute("problem", messages.getMessage("identity.integration.orgRequired", null, locale));
            return page(scope, model);
        }
        try {
            model.addAttribute("issued", clients.register(scope, OrgId.of(orgId), name == null ? "" : name,
                    scopes == null ? List.of() : named(scopes)));
            model.addAttribute("name", null);
        } catch (RuleViolationException e) {
            model.addAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return page(scope, model);
    }

    /** The scopes the form names; a name EduCloud does not issue (a hand-made request) refuses the form. */
    private static List<IntegrationScope> named(List<String> scopes) {
        return scopes.stream().map(name -> IntegrationScope.named(name)
                .orElseThrow(() -> new RuleViolationException("identity.integration.scopesRequired"))).toList();
    }

    @PostMapping("/{id}/revoke")
    String revoke(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
        clients.revoke(scope, id);
        redirect.addFlashAttribute("notice", "identity.notice.integrationRevoked");
        return "redirect:/admin/integrations";
    }

    private String page(Scope scope, Model model) {
        // Bureaus first, then schools: a region's every school must be choosable, so read page after page.
        List<OrgNodeView> orgChoices = new java.util.ArrayList<>();
        for (int page = 0; page < 50; page++) {
            var slice = tenancy.search(scope, new OrgQuery(null, null, null, null, OrgStatus.ACTIVE), page, 200);
            slice.items().stream().filter(n -> scope.canAdminister(n.path())).forEach(orgChoices::add);
            if (slice.items().size() < 200) {
                break;
            }
        }
        model.addAttribute("orgChoices", orgChoices);
        model.addAttribute("scopeChoices", IntegrationScope.ALL.stream().map(IntegrationScope::uri).toList());
        // Absolute, as the other system's administrator will paste them into its configuration.
        var base = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath();
        model.addAttribute("tokenUrl", base.cloneBuilder().path("/oauth2/token").toUriString());
        model.addAttribute("baseUrl", base.cloneBuilder().path("/ims/oneroster/rostering/v1p2").toUriString());
        model.addAttribute("xapiUrl", base.cloneBuilder().path("/xapi/").toUriString());
        List<IntegrationClientView> visible = clients.visibleTo(scope);
        model.addAttribute("clients", visible);
        model.addAttribute("orgNames", tenancy.names(visible.stream().map(IntegrationClientView::orgId).toList()));
        return "identity/integrations";
    }
}
