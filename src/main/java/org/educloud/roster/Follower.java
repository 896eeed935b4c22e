package org.educloud.roster;

import org.educloud.shared.UserId;

/** An account that follows a student's school work: the student's own, or a guardian's. */
public record Follower(StudentId studentId, UserId account, boolean guardian) {
}
