package org.educloud.learning;

import java.time.Instant;
import org.educloud.roster.ClassId;
import org.educloud.roster.StudentId;
import org.educloud.shared.OrgId;

/** A student marked the last lesson of a course learnt. */
public record CourseCompleted(CourseId courseId, String title, StudentId studentId, OrgId school, ClassId classId,
                              Instant completedAt) {
}
