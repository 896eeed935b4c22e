package org.educloud.tutoring.warnings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A student on the early-warning list with every reason they are on it. */
public record StudentWarning(long studentId, String name, List<Reason> reasons) {

    /**
     * One reason: for {@code FALLING} the knowledge point and its fall (from, to); for missed work the titles of
     * what was missed, oldest due first.
     */
    public record Reason(WarningReason reason, @Nullable String knowledgePoint, double from, double to,
                         List<String> missed) {
    }
}
