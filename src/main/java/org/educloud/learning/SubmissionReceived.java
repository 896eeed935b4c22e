package org.educloud.learning;

import java.time.Instant;
import org.educloud.roster.ClassId;
import org.educloud.roster.StudentId;
import org.educloud.shared.OrgId;

/** A student handed in an attempt. */
public record SubmissionReceived(long submissionId, AssignmentId assignmentId, String title, ClassId classId, OrgId school,
                                 StudentId studentId, int attempt, boolean late, Instant submittedAt) {
}
