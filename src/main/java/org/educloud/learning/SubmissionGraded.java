package org.educloud.learning;

import java.math.BigDecimal;
import java.time.Instant;
import org.educloud.roster.ClassId;
import org.educloud.roster.StudentId;
import org.educloud.shared.OrgId;
import org.jspecify.annotations.Nullable;

/**
 * A grade was returned to a student (released), so it now counts; or a returned grade was corrected, and then
 * {@code replacedScore} is the score it replaces, so a tally of returned grades can take the difference.
 *
 * @param dueAt when the assignment was due: the day its outcome counts for in the reports
 */
public record SubmissionGraded(long submissionId, AssignmentId assignmentId, String title, ClassId classId, OrgId school,
                               StudentId studentId, BigDecimal score, BigDecimal maxScore, Instant releasedAt,
                               Instant dueAt, @Nullable BigDecimal replacedScore) {
}
