package org.educloud.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.educloud.roster.StudentId;
import org.jspecify.annotations.Nullable;

/** A grade as its student, their parents (once released) and the teacher see it. */
public record GradeView(AssignmentId assignmentId, StudentId studentId, long submissionId, BigDecimal score,
                        BigDecimal maxScore, List<Integer> rubricLevels, @Nullable String feedback,
                        @Nullable AttachedFile feedbackFile, String graderName, Instant gradedAt,
                        @Nullable Instant releasedAt) {

    public boolean released() {
        return releasedAt != null;
    }
}
