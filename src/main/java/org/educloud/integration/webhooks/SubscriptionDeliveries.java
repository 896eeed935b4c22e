package org.educloud.integration.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What went to a subscription: its delivery log, what still waits, and the admin's test event. */
@Service
@Transactional(readOnly = true)
class SubscriptionDeliveries {

    static final int LOG_LINES = 100;

    private final Subscriptions subscriptions;
    private final OutboxStore outbox;
    private final Payloads payloads;
    private final Clock clock;

    SubscriptionDeliveries(Subscriptions subscriptions, OutboxStore outbox, Payloads payloads, Clock clock) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.payloads = payloads;
        this.clock = clock;
    }

    List<AttemptView> log(Scope scope, long id) {
        return outbox.log(subscriptions.managed(scope, id).id(), LOG_LINES);
    }

    long pending(Scope scope, long id) {
        return outbox.pending(subscriptions.managed(scope, id).id());
    }

    /**
     * Queues a ping for the subscription; it goes out from the outbox like any event. One at a time: while a ping
     * still waits, another is refused, so that pressing the button again and again cannot fill the shared queue.
     */
    @Transactional
    UUID sendTest(Scope scope, long id) {
        WebhookView subscription = subscriptions.managed(scope, id);
        if (!subscription.active()) {
            throw new RuleViolationException("integration.webhook.error.disabled");
        }
        if (outbox.pingPending(id)) {
            throw new RuleViolationException("integration.webhook.error.testPending");
        }
        UUID eventId = UUID.randomUUID();
        Instant now = clock.instant();
        outbox.enqueue(id, eventId, EventKind.PING, payloads.ping(eventId, now, subscription), now);
        return eventId;
    }
}
