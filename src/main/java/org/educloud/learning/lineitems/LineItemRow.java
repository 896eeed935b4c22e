package org.educloud.learning.lineitems;

import java.math.BigDecimal;
import java.time.Instant;
import org.educloud.learning.GradeSource;
import org.jspecify.annotations.Nullable;

/** A grade column from another source, in one class. */
public record LineItemRow(long id, GradeSource source, String sourceId, long classId, String title,
                          BigDecimal maxScore, @Nullable Instant dueAt, @Nullable String link) {

    public boolean overdue(Instant now) {
        return dueAt != null && now.isAfter(dueAt);
    }
}
