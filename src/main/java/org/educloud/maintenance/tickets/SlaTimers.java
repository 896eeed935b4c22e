package org.educloud.maintenance.tickets;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.educloud.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalation when a timer runs out, on one node at a time. A ticket nobody responded to in time is marked and, while
 * still with the school, handed to the district; a ticket not fixed in time is marked and its handlers and the
 * district are told. Each ticket is handled in its own transaction under its row lock, so a step someone takes at
 * the same moment is never lost, and each mark is made once.
 */
@Component
class SlaTimers {

    private static final Logger LOG = LoggerFactory.getLogger(SlaTimers.class);
    private static final UserId PLATFORM = new UserId(0);

    private final TicketStore store;
    private final TicketAudience audience;
    private final TicketProperties sla;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SlaTimers(TicketStore store, TicketAudience audience, TicketProperties sla, TransactionTemplate transactions,
              Clock clock) {
        this.store = store;
        this.audience = audience;
        this.sla = sla;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${educloud.maintenance.tickets.sla-check-delay:1m}")
    @SchedulerLock(name = "maintenance.ticket-sla", lockAtMostFor = "PT10M")
    public void escalateOverdue() {
        Instant now = clock.instant();
        for (long id : store.overdue(now, 500)) {
            try {
                transactions.executeWithoutResult(tx -> store.lock(id).ifPresent(ticket -> escalate(ticket, now)));
            } catch (RuntimeException failed) {
                // one ticket that cannot be marked must not keep the others from being escalated
                LOG.error("Could not escalate overdue ticket {}", id, failed);
            }
        }
    }

    private void escalate(Ticket ticket, Instant now) {
        String title = store.find(ticket.id()).map(TicketRow::title).orElse("");
        if (ticket.responseOverdue(now)) {
            ticket.markResponseBreached();
            if (TicketRules.ESCALATE.allows(ticket.status(), java.util.Set.of(Party.SYSTEM))) {
                Ticket.Transition moved = ticket.take(TicketAction.ESCALATE, java.util.Set.of(Party.SYSTEM), null,
                        null, now, sla);
                store.record(ticket.id(), moved, 0, "", now);
            }
            audience.district(ticket.id(), title, ticket.schoolPath(), PLATFORM);
            audience.schoolIt(ticket.id(), title, ticket.schoolPath(), PLATFORM);
        }
        if (ticket.resolutionOverdue(now)) {
            ticket.markResolutionBreached();
            audience.district(ticket.id(), title, ticket.schoolPath(), PLATFORM);
            if (ticket.vendorId() != null && ticket.status() == TicketStatus.ASSIGNED) {
                audience.vendor(ticket.id(), title, ticket.vendorId(), PLATFORM);
            }
        }
        store.save(ticket);
    }
}
