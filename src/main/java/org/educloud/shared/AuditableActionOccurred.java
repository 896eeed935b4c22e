package org.educloud.shared;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A security-relevant action happened (an admin edit, a grant change, an export). Any module publishes it
 * inside its own transaction; the identity module's audit log records it synchronously in that same
 * transaction, so the action and its audit entry are committed together or not at all.
 *
 * <p>Each action gets an id and a time when it is made, which travel with it through the event publication registry:
 * a listener retried, or run again from the registry on another node, sees the same action (webhooks use the id as
 * the event's, so a receiver never gets one action twice under two ids).
 *
 * @param action a stable dotted name such as {@code org.school.registered}
 * @param orgPath the org node the action concerns, which decides which admins may read the entry
 * @param id the action's own id, made once
 * @param occurredAt when the action was published
 */
public record AuditableActionOccurred(@Nullable UserId actor, String action, String target,
                                      @Nullable OrgPath orgPath, @Nullable String detail, UUID id,
                                      Instant occurredAt) {

    /** Events stored by the registry before actions had an id are read back with none: they get one here. */
    @SuppressWarnings("ConstantValue")
    public AuditableActionOccurred {
        if (id == null) {
            id = UUID.randomUUID();
        }
        if (occurredAt == null) {
            occurredAt = Instant.now();
        }
    }

    /** A new action, with a new id, now. */
    public AuditableActionOccurred(@Nullable UserId actor, String action, String target, @Nullable OrgPath orgPath,
                                   @Nullable String detail) {
        this(actor, action, target, orgPath, detail, UUID.randomUUID(), Instant.now());
    }
}
