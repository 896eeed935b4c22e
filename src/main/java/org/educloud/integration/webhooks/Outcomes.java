package org.educloud.integration.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What one attempt leaves behind: a line in the delivery log; the delivery done, due again after exponential back-off
 * with jitter, or given up; and the subscription's failures in a row counted, switching it off (with a notice to its
 * admins) when they reach the limit. One transaction per attempt.
 */
@Component
@Transactional
class Outcomes {

    private final OutboxStore outbox;
    private final SubscriptionStore subscriptions;
    private final DisabledNotices notices;
    private final WebhookProperties properties;
    private final Clock clock;

    Outcomes(OutboxStore outbox, SubscriptionStore subscriptions, DisabledNotices notices, WebhookProperties properties,
             Clock clock) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.notices = notices;
        this.properties = properties;
        this.clock = clock;
    }

    void record(OutboxStore.Due delivery, Instant at, WebhookClient.Outcome outcome) {
        outbox.logAttempt(delivery, at, outcome.statusCode(), outcome.durationMs(), outcome.succeeded(),
                outcome.error());
        if (outcome.succeeded()) {
            outbox.delivered(delivery.id(), clock.instant());
            subscriptions.succeeded(delivery.subscriptionId());
            return;
        }
        int attempts = delivery.attempts() + 1;
        if (attempts >= properties.maxAttempts()) {
            outbox.gaveUp(delivery.id());
        } else {
            outbox.retryAt(delivery.id(), clock.instant().plus(backOff(properties.retryBase(), properties.retryMax(),
                    attempts, ThreadLocalRandom.current().nextDouble())));
        }
        int inARow = subscriptions.failed(delivery.subscriptionId());
        if (inARow >= properties.disableAfter()
                && subscriptions.disable(delivery.subscriptionId(), "FAILURES", clock.instant())) {
            subscriptions.find(delivery.subscriptionId()).ifPresent(off -> notices.disabled(off, inARow));
        }
    }

    /**
     * The wait after the n-th failed attempt: the base doubled n-1 times, capped, plus up to a quarter of that
     * ({@code jitter} in [0, 1)), so that receivers back from an outage are not hit by every sender at once.
     */
    static Duration backOff(Duration base, Duration max, int failedAttempts, double jitter) {
        long doubled = base.toMillis() << Math.min(20, Math.max(0, failedAttempts - 1));
        long capped = Math.min(max.toMillis(), doubled);
        return Duration.ofMillis(capped + (long) (capped / 4.0 * jitter));
    }
}
