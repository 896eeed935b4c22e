package org.educloud.assessment.attempts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One stored attempt. {@code itemOrder} lists the quiz positions in the order this student sees them. */
public record AttemptRow(long id, long quizId, long classId, long studentId, String schoolPath, int number,
                         Instant startedAt, Instant deadlineAt, @Nullable Instant submittedAt, AttemptStatus status,
                         @Nullable BigDecimal score, BigDecimal maxScore, List<Integer> itemOrder, long seed) {

    public boolean open() {
        return status == AttemptStatus.IN_PROGRESS;
    }
}
