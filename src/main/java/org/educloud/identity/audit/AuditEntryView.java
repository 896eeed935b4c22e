package org.educloud.identity.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit log: who did what, to what, when and from where. */
public record AuditEntryView(long id, Instant occurredAt, @Nullable String actorName, String action, String outcome,
                             @Nullable String target, @Nullable String ip, @Nullable String detail) {
}
