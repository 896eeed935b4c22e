package org.educloud.learning;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.educloud.roster.StudentId;
import org.jspecify.annotations.Nullable;

/**
 * One attempt: the sanitised text answer, the files, when it came and whether it was late. Serializable because the
 * receipt travels as a flash attribute in the session, which is stored in PostgreSQL.
 */
public record SubmissionView(long id, AssignmentId assignmentId, StudentId studentId, String studentName, int attempt,
                             @Nullable String answer, List<AttachedFile> files, Instant submittedAt, boolean late)
        implements Serializable {
}
