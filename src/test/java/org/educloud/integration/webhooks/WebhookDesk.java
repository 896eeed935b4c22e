package org.educloud.integration.webhooks;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.support.ModuleTestContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What an admin does on the webhook pages, for the integration module's test, whose context has no pages to click
 * through: subscribe an endpoint of their node, switch it off, and read how many deliveries wait for it. The
 * endpoints are public addresses that nothing in a module test ever posts to (the deliverer's timer is off).
 */
@Component
@Profile(ModuleTestContext.MODULE_TEST)
public class WebhookDesk {

    private static final AtomicLong ENDPOINTS = new AtomicLong();

    private final Subscriptions subscriptions;
    private final SubscriptionDeliveries deliveries;

    WebhookDesk(Subscriptions subscriptions, SubscriptionDeliveries deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    /** Subscribes a new endpoint of the node to these kinds; answers the subscription's id. */
    public long subscribe(Scope admin, OrgId node, EventKind... kinds) {
        return subscriptions.subscribe(admin, node, "接收端" + ENDPOINTS.incrementAndGet(),
                "https://93.184.216.34/hooks/" + ENDPOINTS.get(), List.of(kinds)).subscription().id();
    }

    public void switchOff(Scope admin, long subscription) {
        subscriptions.disable(admin, subscription);
    }

    /** Deliveries waiting for the subscription, as its page shows them to the admin. */
    public long pending(Scope admin, long subscription) {
        return deliveries.pending(admin, subscription);
    }

    public List<WebhookView> visibleTo(Scope admin) {
        return subscriptions.visibleTo(admin);
    }
}
