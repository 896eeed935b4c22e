package org.educloud.learning;

import java.util.List;
import org.educloud.roster.StudentId;
import org.jspecify.annotations.Nullable;

/**
 * One student's side of an assignment: the attempts, newest first, and the grade once it is released (the teacher
 * sees it at once).
 */
public record StudentWork(StudentId studentId, String studentName, List<SubmissionView> attempts,
                          @Nullable GradeView grade) {

    public @Nullable SubmissionView latest() {
        return attempts.isEmpty() ? null : attempts.getFirst();
    }
}
