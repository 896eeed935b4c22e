package org.educloud.development.programmes;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A participant's hand-in of a programme task, and the organiser's review of it.
 *
 * @param evidenceName the name of the evidence file handed in with it, if any
 */
public record TaskSubmission(long taskId, long teacher, String teacherName, String body, TaskStatus status,
                             @Nullable String feedback, Instant submittedAt, @Nullable String evidenceName) {
}
