package org.educloud.identity.oidc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Admins register the applications that sign their people in with EduCloud (a homework app, a video-class system):
 * each gets a client id (and, for a server, a secret shown once), bound to one org node, its redirect URIs and the
 * scopes it may ask for. The operator also rotates the signing key here.
 */
@Controller
@RequestMapping("/admin/oidc-clients")
class OidcClientPages {

    private final OidcClients clients;
    private final SigningKeys keys;
    private final TenancyManagement tenancy;
    private final MessageSource messages;

    OidcClientPages(OidcClients clients, SigningKeys keys, TenancyManagement tenancy, MessageSource messages) {
        this.clients = clients;
        this.keys = keys;
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
                    @RequestParam(required = false) @Nullable String redirectUris,
                    @RequestParam(required = false) @Nullable String postLogoutRedirectUris,
                    @RequestParam(name = "scopes", required = false) @Nullable List<String> scopes,
                    @RequestParam(defaultValue = "false") boolean publicClient,
                    @RequestParam(defaultValue = "false") boolean preApproved,
                    Locale locale, Model model) {
        model.addAttribute("name", name);
        model.addAttribute("redirectUris", redirectUris);
        if (orgId == null) {
            model.addAttribute("problem", messages.getMessage("identity.integration.orgRequired", null, locale));
            return page(scope, model);
        }
        try {
            model.addAttribute("issued", clients.register(scope, new OidcClientDraft(OrgId.of(orgId),
                    name == null ? "" : name, List.of(redirectUris == null ? "" : redirectUris),
                    List.of(postLogoutRedirectUris == null ? "" : postLogoutRedirectUris),
                    new LinkedHashSet<>(scopes == null ? List.of() : scopes), !publicClient, preApproved)));
            model.addAttribute("name", null);
            model.addAttribute("redirectUris", null);
        } catch (RuleViolationException e) {
            model.addAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return page(scope, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(Scope scope, @PathVariable String id, RedirectAttributes redirect) {
        clients.revoke(scope, id);
        redirect.addFlashAttribute("notice", "identity.notice.oidcClientRevoked");
        return "redirect:/admin/oidc-clients";
    }

    /** The operator's: a new signing key becomes current on every node; the old one stays published a day. */
    @PostMapping("/keys/rotate")
    String rotateKey(Scope scope, RedirectAttributes redirect) {
        if (!scope.has(Role.PLATFORM_OPERATOR)) {
            throw new org.educloud.shared.ForbiddenException("identity.error.notYourOrg");
        }
        keys.rotate();
        redirect.addFlashAttribute("notice", "identity.notice.oidcKeyRotated");
        return "redirect:/admin/oidc-clients";
    }

    private String page(Scope scope, Model model) {
        List<OrgNodeView> orgChoices = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            var slice = tenancy.search(scope, new OrgQuery(null, null, null, null, OrgStatus.ACTIVE), page, 200);
            slice.items().stream().filter(n -> scope.canAdminister(n.path())).forEach(orgChoices::add);
            if (slice.items().size() < 200) {
                break;
            }
        }
        model.addAttribute("orgChoices", orgChoices);
        model.addAttribute("scopeChoices", OidcClients.OPTIONAL_SCOPES);
        model.addAttribute("operator", scope.has(Role.PLATFORM_OPERATOR));
        // Absolute, as the other application's administrator pastes it into its configuration.
        model.addAttribute("issuerUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/.well-known/openid-configuration").toUriString());
        List<OidcClientView> visible = clients.visibleTo(scope);
        model.addAttribute("clients", visible);
        model.addAttribute("orgNames", tenancy.names(visible.stream().map(OidcClientView::orgId).toList()));
        return "identity/oidc-clients";
    }
}
