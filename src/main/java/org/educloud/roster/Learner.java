package org.educloud.roster;

import org.educloud.shared.OrgId;

/** The student record behind an account, and the school the student attends. */
public record Learner(StudentId studentId, OrgId school) {
}
