package org.educloud.platform.runtime;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a night, on one node, forgets event publications that were delivered more than a week ago. Spring Modulith
 * keeps every publication after its listener has completed, so without this the table grows by a row per event and
 * listener for ever (every opening of a quiz's item analysis is one, for example). A week of completed ones stays for
 * whoever investigates a delivery; incomplete ones are never touched here, they are what the restart and the
 * redelivery of undelivered events read.
 */
@Component
class CompletedEventsPurge {

    static final Duration KEPT = Duration.ofDays(7);

    private final CompletedEventPublications completed;

    CompletedEventsPurge(CompletedEventPublications completed) {
        this.completed = completed;
    }

    /** Void: ShedLock skips the run where another node holds the lock, and so can answer nothing. */
    @Scheduled(cron = "0 23 3 * * *")
    @SchedulerLock(name = "platform.completed-events-purge", lockAtMostFor = "PT30M")
    public void forgetDelivered() {
        completed.deletePublicationsOlderThan(KEPT);
    }
}
