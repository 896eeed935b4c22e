package org.educloud.learning.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the schools and classes in an admin's reach did in the learning space over a period: assignments set, and
 * how much of the expected work was handed in and graded. A first view; the equity module builds the analysis.
 */
public record ActivitySummary(int days, List<Line> schools, List<Line> classes) {

    /**
     * One school or class. {@code expected} is students × assignments; rates are percentages, absent when nothing
     * was expected (or nothing handed in, for the grading rate).
     */
    public record Line(String schoolName, @Nullable String className, int courses, int assignments, long expected,
                       long submitted, long graded) {

        public @Nullable BigDecimal submissionRate() {
            return percent(submitted, expected);
        }

        public @Nullable BigDecimal gradingRate() {
            return percent(graded, submitted);
        }

        private static @Nullable BigDecimal percent(long part, long whole) {
            return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1,
                    RoundingMode.HALF_UP);
        }
    }
}
