package org.educloud.integration.webhooks;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts what waits in the outbox, on one node of the cluster at a time. The posts of one run go out side by side on
 * virtual threads, outside any database transaction (a slow receiver holds no connection of the pool); each outcome
 * is then written in a short transaction of its own: the attempt logged, the delivery done, retried later with
 * exponential back-off and jitter, or given up; and the subscription's failures in a row counted, switching it off
 * (with a notice to its admins) when they reach the limit.
 */
@Component
public class Deliverer {

    private static final Logger LOG = LoggerFactory.getLogger(Deliverer.class);

    private final OutboxStore outbox;
    private final SubscriptionStore subscriptions;
    private final SecretBox secrets;
    private final WebhookClient client;
    private final DisabledNotices notices;
    private final WebhookProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Deliverer(OutboxStore outbox, SubscriptionStore subscriptions, SecretBox secrets, WebhookClient client,
              DisabledNotices notices, WebhookProperties properties, TransactionTemplate transactions, Clock clock) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.secrets = secrets;
        this.client = client;
        this.notices = notices;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One run: posts up to a batch of due deliveries (void: ShedLock skips the run where another node holds it). */
    @Scheduled(fixedDelayString = "${educloud.integration.webhooks.poll-delay:5s}", initialDelayString = "10s")
    @SchedulerLock(name = "integration.webhook-delivery", lockAtMostFor = "PT10M")
    public void deliverDue() {
        List<OutboxStore.Due> due = outbox.due(clock.instant(), properties.batchSize());
        if (due.isEmpty()) {
            return;
        }
        try (ExecutorService posts = Executors.newVirtualThreadPerTaskExecutor()) {
            for (OutboxStore.Due delivery : due) {
                posts.submit(() -> deliver(delivery));
            }
        }
    }

    private void deliver(OutboxStore.Due delivery) {
        try {
            WebhookView subscription = subscriptions.find(delivery.subscriptionId()).orElse(null);
            if (subscription == null || !subscription.active()) {
                return;
            }
            String secret = secrets.open(subscriptions.sealedSecret(subscription.id()));
            Instant at = clock.instant();
            WebhookClient.Outcome outcome = client.post(URI.create(subscription.url()), delivery.eventId().toString(),
                    delivery.kind(), delivery.payload(), secret, at.getEpochSecond());
            transactions.executeWithoutResult(tx -> record(subscription, delivery, at, outcome));
        } catch (RuntimeException failed) {
            // one delivery that cannot be handled must not stop the others of the run
            LOG.error("Webhook delivery {} could not be handled", delivery.id(), failed);
        }
    }

    private void record(WebhookView subscription, OutboxStore.Due delivery, Instant at, WebhookClient.Outcome outcome) {
        outbox.logAttempt(delivery, at, outcome.statusCode(), outcome.durationMs(), outcome.succeeded(),
                outcome.error());
        if (outcome.succeeded()) {
            outbox.delivered(delivery.id(), clock.instant());
            subscriptions.succeeded(subscription.id());
            return;
        }
        int attempts = delivery.attempts() + 1;
        if (attempts >= properties.maxAttempts()) {
            outbox.gaveUp(delivery.id());
        } else {
            outbox.retryAt(delivery.id(), clock.instant().plus(backOff(attempts)));
        }
        int inARow = subscriptions.failed(subscription.id());
        if (inARow >= properties.disableAfter() && subscriptions.disable(subscription.id(), "FAILURES", clock.instant())) {
            notices.disabled(subscription, inARow);
        }
    }

    private Duration backOff(int failedAttempts) {
        return backOff(properties.retryBase(), properties.retryMax(), failedAttempts,
                ThreadLocalRandom.current().nextDouble());
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
