package org.educloud.integration.webhooks;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Once a night, forgets deliveries (and their log lines) older than the retention; what still waits is kept. */
@Component
class OutboxRetention {

    private final OutboxStore outbox;
    private final WebhookProperties properties;
    private final Clock clock;

    OutboxRetention(OutboxStore outbox, WebhookProperties properties, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "0 23 3 * * *")
    @SchedulerLock(name = "integration.webhook-retention", lockAtMostFor = "PT30M")
    @Transactional
    public void forgetOld() {
        outbox.forget(clock.instant().minus(properties.retention()));
    }
}
