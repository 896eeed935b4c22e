package org.educloud.assessment;

import java.time.Instant;
import org.educloud.shared.OrgPath;
import org.educloud.shared.UserId;

/**
 * A quiz's own teacher opened its item analysis (the page or its workbook): evidence of using assessment data, which
 * teacher development puts beside the self-assessment. Administrators opening it are not the teacher's practice.
 */
public record ItemAnalysisOpened(long quizId, UserId teacher, OrgPath school, Instant openedAt) {
}
