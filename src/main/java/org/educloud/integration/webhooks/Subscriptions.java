package org.educloud.integration.webhooks;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do with subscriptions: subscribe an endpoint of their node, rotate its secret, switch it off and on,
 * and see them. A subscription belongs to one node; only admins of that node or of a
 * bureau above it see it at all (others get not-found).
 */
@Service
@Transactional
class Subscriptions {

    static final int MAX_PER_NODE = 20;

    private final SubscriptionStore store;
    private final OutboxStore outbox;
    private final SecretBox secrets;
    private final AddressGuard guard;
    private final TenancyManagement tenancy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Subscriptions(SubscriptionStore store, OutboxStore outbox, SecretBox secrets, WebhookProperties properties,
                  TenancyManagement tenancy, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.secrets = secrets;
        this.guard = new AddressGuard(properties);
        this.tenancy = tenancy;
        this.events = events;
        this.clock = clock;
    }

    IssuedSecret subscribe(Scope scope, OrgId orgId, String name, String url, Collection<EventKind> kinds) {
        OrgNodeView node = tenancy.visible(scope, orgId);
        if (!scope.canAdminister(node.path())) {
            throw new ForbiddenException("integration.webhook.error.notYourNode");
        }
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 64) {
            throw new RuleViolationException("integration.webhook.error.name");
        }
        Set<EventKind> chosen = new LinkedHashSet<>(kinds);
        if (chosen.isEmpty() || chosen.stream().anyMatch(k -> !k.subscribable())) {
            throw new RuleViolationException("integration.webhook.error.kinds");
        }
        String endpoint = guard.endpoint(url).toString();
        if (store.under(List.of(node.path()), 1000).stream().filter(s -> s.orgId().equals(node.id())).count()
                >= MAX_PER_NODE) {
            throw new RuleViolationException("integration.webhook.error.tooMany", MAX_PER_NODE);
        }
        String secret = SecretBox.newSecret();
        long id = store.insert(node.id(), node.path(), trimmed, endpoint, chosen, secrets.seal(secret),
                SecretBox.hint(secret), scope.userId().value(), clock.instant());
        audit(scope, "integration.webhook.created", id, trimmed, node, endpoint);
        return new IssuedSecret(store.find(id).orElseThrow(), secret);
    }

    @Transactional(readOnly = true)
    List<WebhookView> visibleTo(Scope scope) {
        return store.under(scope.adminPaths(), 500);
    }

    @Transactional(readOnly = true)
    WebhookView managed(Scope scope, long id) {
        return store.find(id).filter(s -> scope.canAdminister(s.orgPath()))
                .orElseThrow(() -> new NotFoundException("integration.webhook.error.notFound"));
    }

    IssuedSecret rotate(Scope scope, long id) {
        WebhookView subscription = managed(scope, id);
        String secret = SecretBox.newSecret();
        store.replaceSecret(id, secrets.seal(secret), SecretBox.hint(secret), clock.instant());
        audit(scope, "integration.webhook.rotated", id, subscription.name(), node(subscription), null);
        return new IssuedSecret(store.find(id).orElseThrow(), secret);
    }

    void disable(Scope scope, long id) {
        WebhookView subscription = managed(scope, id);
        if (subscription.active()) {
            store.disable(id, "ADMIN", clock.instant());
            audit(scope, "integration.webhook.disabled", id, subscription.name(), node(subscription), null);
        }
    }

    /** Switches a subscription on again; its address is checked anew, as it may have moved inside since. */
    void enable(Scope scope, long id) {
        WebhookView subscription = managed(scope, id);
        if (!subscription.active()) {
            guard.endpoint(subscription.url());
            store.enable(id);
            outbox.dueNow(id, clock.instant());
            audit(scope, "integration.webhook.enabled", id, subscription.name(), node(subscription), null);
        }
    }

    private OrgNodeView node(WebhookView subscription) {
        return tenancy.find(subscription.orgId()).orElseThrow(() -> new NotFoundException("tenancy.error.notFound"));
    }

    private void audit(Scope scope, String action, long id, String name, OrgNodeView node,
                       @Nullable String detail) {
        events.publishEvent(new AuditableActionOccurred(scope.userId(), action, "#" + id + " " + name, node.path(),
                detail));
    }
}
