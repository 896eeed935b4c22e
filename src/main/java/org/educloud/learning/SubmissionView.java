package org.educloud.learning;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One attempt: the sanitised text answer, the files, when it came and whether it was late. */
public record SubmissionView(long id, long assignmentId, long studentId, String studentName, int attempt,
                             @Nullable String answer, List<AttachedFile> files, Instant submittedAt, boolean late) {
}
