package org.educloud.learning;

import java.time.Instant;
import org.educloud.shared.OrgId;

/** A student marked the last lesson of a course learnt. */
public record CourseCompleted(long courseId, String title, long studentId, OrgId school, long classId,
                              Instant completedAt) {
}
