package org.educloud.assessment.attempts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A quiz set to a student's class, with the window and the student's attempts so far. */
public record StudentQuiz(long quizId, String title, String className, Instant opensAt, Instant closesAt,
                          boolean open, @Nullable Integer timeLimitMinutes, int attemptsAllowed, BigDecimal maxScore,
                          List<AttemptRow> attempts) {

    public boolean inProgress() {
        return attempts.stream().anyMatch(AttemptRow::open);
    }

    public boolean mayStart() {
        return open && (inProgress() || attempts.size() < attemptsAllowed);
    }

    public @Nullable BigDecimal bestScore() {
        return attempts.stream().map(AttemptRow::score).filter(java.util.Objects::nonNull)
                .max(BigDecimal::compareTo).orElse(null);
    }
}
