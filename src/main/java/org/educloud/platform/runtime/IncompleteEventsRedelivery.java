package org.educloud.platform.runtime;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, on one node, delivers again the event publications whose listener failed or was cut short (a crash,
 * a database outage), once they are a minute old: a learning activity not yet recorded, a notification not yet
 * written. The registry holds the publications of every module, so this is the platform's job and not one module's.
 * The lock keeps the nodes of a cluster from resubmitting the same publications side by side; listeners still have
 * to tolerate a second delivery (a node can stop after its listener's work and before the publication completes).
 */
@Component
class IncompleteEventsRedelivery {

    static final Duration MIN_AGE = Duration.ofMinutes(1);

    private final IncompleteEventPublications incomplete;

    IncompleteEventsRedelivery(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    /** Void: ShedLock skips the run where another node holds the lock, and so can answer nothing. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "platform.incomplete-events-redelivery", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    public void deliverAgain() {
        incomplete.resubmitIncompletePublicationsOlderThan(MIN_AGE);
    }
}
