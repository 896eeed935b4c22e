package org.educloud.learning;

import java.time.Instant;
import org.educloud.roster.ClassId;
import org.educloud.shared.OrgId;

/** A teacher published an assignment to a class. */
public record AssignmentPublished(AssignmentId assignmentId, ClassId classId, OrgId school, String title, long teacherAccount,
                                  Instant dueAt, Instant publishedAt) {
}
