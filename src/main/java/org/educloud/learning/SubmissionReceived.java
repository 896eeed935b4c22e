package org.educloud.learning;

import java.time.Instant;
import org.educloud.shared.OrgId;

/** A student handed in an attempt. */
public record SubmissionReceived(long submissionId, long assignmentId, String title, long classId, OrgId school,
                                 long studentId, int attempt, boolean late, Instant submittedAt) {
}
