package org.educloud.shared;

import org.jspecify.annotations.Nullable;

/**
 * A security-relevant action happened (an admin edit, a grant change, an export). Any module publishes it
 * inside its own transaction; the identity module's audit log records it synchronously in that same
 * transaction, so the action and its audit entry are committed together or not at all.
 *
 * @param action a stable dotted name such as {@code org.school.registered}
 * @param orgPath the org node the action concerns, which decides which admins may read the entry
 */
public record AuditableActionOccurred(@Nullable UserId actor, String action, String target,
                                      @Nullable OrgPath orgPath, @Nullable String detail) {
}
