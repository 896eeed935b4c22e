package org.educloud.integration.webhooks;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Posts what waits in the outbox, on one node of the cluster at a time. The posts of one run go out side by side on
 * virtual threads, outside any database transaction (a slow receiver holds no connection of the pool); what came of
 * each is then written by {@link Outcomes} in a short transaction of its own.
 */
@Component
public class Deliverer {

    private static final Logger LOG = LoggerFactory.getLogger(Deliverer.class);
    static final String SECRET_UNREADABLE = "secret cannot be opened; rotate it";

    private final OutboxStore outbox;
    private final SecretBox secrets;
    private final WebhookClient client;
    private final Outcomes outcomes;
    private final WebhookProperties properties;
    private final Clock clock;

    Deliverer(OutboxStore outbox, SecretBox secrets, WebhookClient client, Outcomes outcomes,
              WebhookProperties properties, Clock clock) {
        this.outbox = outbox;
        this.secrets = secrets;
        this.client = client;
        this.outcomes = outcomes;
        this.properties = properties;
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
            Instant at = clock.instant();
            String secret;
            try {
                secret = secrets.open(delivery.sealedSecret());
            } catch (RuntimeException unreadable) {
                // a failed attempt like any other: it backs off and, repeated, switches the subscription off, instead
                // of staying due at the head of the queue and holding up every other subscriber's deliveries
                LOG.warn("Webhook subscription {}: its secret cannot be opened", delivery.subscriptionId(), unreadable);
                outcomes.record(delivery, at, new WebhookClient.Outcome(null, 0, SECRET_UNREADABLE));
                return;
            }
            WebhookClient.Outcome outcome = client.post(URI.create(delivery.url()), delivery.eventId().toString(),
                    delivery.kind(), delivery.payload(), secret, at.getEpochSecond());
            outcomes.record(delivery, at, outcome);
        } catch (RuntimeException failed) {
            // one delivery that cannot be handled must not stop the others of the run
            LOG.error("Webhook delivery {} could not be handled", delivery.id(), failed);
        }
    }
}
