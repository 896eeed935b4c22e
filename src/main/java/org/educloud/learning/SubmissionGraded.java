package org.educloud.learning;

import java.math.BigDecimal;
import java.time.Instant;
import org.educloud.shared.OrgId;

/** A grade was returned to a student (released), so it now counts. */
public record SubmissionGraded(long submissionId, long assignmentId, String title, long classId, OrgId school,
                               long studentId, BigDecimal score, BigDecimal maxScore, Instant releasedAt) {
}
