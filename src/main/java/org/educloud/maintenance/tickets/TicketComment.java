package org.educloud.maintenance.tickets;

import java.time.Instant;

/** A comment on a ticket; {@code authorId} 0 is the platform (an outage that ended). */
public record TicketComment(long id, long authorId, String authorName, String body, Instant at) {
}
