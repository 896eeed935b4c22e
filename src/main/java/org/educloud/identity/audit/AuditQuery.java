package org.educloud.identity.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Filters of the audit log; every field is optional. */
public record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable LocalDate from,
                         @Nullable LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }
}
