package org.educloud.homeschool.messages;

import org.educloud.shared.OrgId;
import org.educloud.shared.UserId;

/**
 * Someone the caller may write to, as the roster shows it today: a teacher of a child's class (for a parent) or a
 * guardian of a student taught (for a teacher), with the child and class that make them a contact.
 *
 * @param callerIsTeacher whether the caller is the teacher in this pair (else the parent)
 */
public record Contact(UserId account, String name, String studentName, String className, OrgId school,
                      boolean callerIsTeacher) {
}
