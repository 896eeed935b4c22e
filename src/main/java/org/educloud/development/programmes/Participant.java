package org.educloud.development.programmes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A teacher in a programme: the sessions they attended, the hours those add up to, and when they completed. */
public record Participant(long account, String name, long schoolId, Set<Long> attended, BigDecimal attendedHours,
                          @Nullable Instant completedAt) {

    public boolean attendedSession(long session) {
        return attended.contains(session);
    }

    public boolean completed() {
        return completedAt != null;
    }
}
