package org.educloud.integration.webhooks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.educloud.shared.OrgId;
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

/**
 * The admin's webhook pages: the subscriptions of their nodes with a form to add one, and one subscription with its
 * delivery log and its buttons (rotate the secret, switch off or on, send a test event). A new secret is shown on the
 * page that made it, once, never in a redirect's flash.
 */
@Controller
@RequestMapping("/admin/webhooks")
class WebhookPages {

    private final Subscriptions subscriptions;
    private final SubscriptionDeliveries deliveries;
    private final TenancyManagement tenancy;
    private final MessageSource messages;

    WebhookPages(Subscriptions subscriptions, SubscriptionDeliveries deliveries, TenancyManagement tenancy,
                 MessageSource messages) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.tenancy = tenancy;
        this.messages = messages;
    }

    @GetMapping
    String list(Scope scope, Model model) {
        return listPage(scope, model);
    }

    @PostMapping
    String subscribe(Scope scope, @RequestParam(required = false) @Nullable String name,
                     @RequestParam(required = false) @Nullable String url,
                     @RequestParam(required = false) @Nullable Long orgId,
                     @RequestParam(name = "kinds", required = false) @Nullable List<String> kinds,
                     Locale locale, Model model) {
        model.addAttribute("name", name);
        model.addAttribute("url", url);
        try {
            if (orgId == null) {
                throw new RuleViolationException("integration.webhook.error.node");
            }
            IssuedSecret issued = subscriptions.subscribe(scope, OrgId.of(orgId), name == null ? "" : name,
                    url == null ? "" : url, named(kinds));
            return detailPage(scope, issued.subscription().id(), issued.secret(), model);
        } catch (RuleViolationException e) {
            model.addAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return listPage(scope, model);
        }
    }

    @GetMapping("/{id}")
    String detail(Scope scope, @PathVariable long id, Model model) {
        return detailPage(scope, id, null, model);
    }

    @PostMapping("/{id}/rotate")
    String rotate(Scope scope, @PathVariable long id, Model model) {
        return detailPage(scope, id, subscriptions.rotate(scope, id).secret(), model);
    }

    @PostMapping("/{id}/disable")
    String disable(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
        subscriptions.disable(scope, id);
        redirect.addFlashAttribute("notice", "integration.webhook.notice.disabledByAdmin");
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(Scope scope, @PathVariable long id, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            subscriptions.enable(scope, id);
        } catch (RuleViolationException e) {
            model.addAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return detailPage(scope, id, null, model);
        }
        redirect.addFlashAttribute("notice", "integration.webhook.notice.enabled");
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/{id}/test")
    String test(Scope scope, @PathVariable long id, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            deliveries.sendTest(scope, id);
        } catch (RuleViolationException e) {
            model.addAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return detailPage(scope, id, null, model);
        }
        redirect.addFlashAttribute("notice", "integration.webhook.notice.testQueued");
        return "redirect:/admin/webhooks/" + id;
    }

    /** The kinds the form names; a name that is no kind (a hand-made request) refuses the form. */
    static List<EventKind> named(@Nullable List<String> kinds) {
        if (kinds == null) {
            return List.of();
        }
        if (kinds.size() > EventKind.values().length) {
            throw new RuleViolationException("integration.webhook.error.kinds");
        }
        return kinds.stream().map(k -> EventKind.named(k).filter(EventKind::subscribable)
                .orElseThrow(() -> new RuleViolationException("integration.webhook.error.kinds"))).toList();
    }

    private String listPage(Scope scope, Model model) {
        List<OrgNodeView> nodes = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            var slice = tenancy.search(scope, new OrgQuery(null, null, null, null, OrgStatus.ACTIVE), page, 200);
            slice.items().stream().filter(n -> scope.canAdminister(n.path())).forEach(nodes::add);
            if (slice.items().size() < 200) {
                break;
            }
        }
        List<WebhookView> visible = subscriptions.visibleTo(scope);
        model.addAttribute("nodes", nodes);
        model.addAttribute("kindChoices", Arrays.stream(EventKind.values()).filter(EventKind::subscribable).toList());
        model.addAttribute("subscriptions", visible);
        model.addAttribute("nodeNames", tenancy.names(visible.stream().map(WebhookView::orgId).toList()));
        return "integration/webhooks";
    }

    private String detailPage(Scope scope, long id, @Nullable String secret, Model model) {
        WebhookView subscription = subscriptions.managed(scope, id);
        model.addAttribute("subscription", subscription);
        model.addAttribute("secret", secret);
        model.addAttribute("nodeName", tenancy.names(List.of(subscription.orgId())).get(subscription.orgId()));
        model.addAttribute("attempts", deliveries.log(scope, id));
        model.addAttribute("pending", deliveries.pending(scope, id));
        return "integration/webhook";
    }
}
