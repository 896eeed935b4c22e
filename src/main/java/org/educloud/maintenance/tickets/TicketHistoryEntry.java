package org.educloud.maintenance.tickets;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a ticket's status history: who (0 the platform), when, from which status to which, and why. */
public record TicketHistoryEntry(TicketAction action, @Nullable TicketStatus from, TicketStatus to, long actorId,
                                 String actorName, @Nullable String note, Instant at) {
}
