package org.educloud.learning;

import java.time.Instant;
import org.educloud.shared.UserId;

/**
 * A teacher enrolled as a learner (by a training programme) marked the last lesson of a course learnt. The student's
 * counterpart is {@link CourseCompleted}; a teacher is an account, not a roster student, and has no class.
 */
public record TeacherCourseCompleted(CourseId courseId, String title, UserId teacher, Instant completedAt) {
}
