package org.educloud.learning;

import java.util.EnumSet;
import java.util.Set;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;

/** What the bell tells people about, each of which a person may switch off. */
public enum NotificationKind {
    /** A new assignment for the student's class (students and parents). */
    ASSIGNMENT_SET(Role.STUDENT, Role.PARENT),
    /** An assignment not yet handed in is due within a day (students and parents), sent once. */
    DUE_SOON(Role.STUDENT, Role.PARENT),
    /** A grade with the teacher's feedback was returned (students and parents). */
    GRADED(Role.STUDENT, Role.PARENT),
    /** A school's network went down, came back or runs far below its contracted bandwidth. */
    SCHOOL_NETWORK(Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN, Role.OPERATIONS_STAFF),
    /** A fault ticket was reported, assigned, answered, escalated or resolved. */
    TICKET(Role.SCHOOL_ADMIN, Role.TEACHER, Role.DISTRICT_ADMIN, Role.OPERATIONS_STAFF, Role.VENDOR),
    /** A student falls behind: mastery dropping, work missing (teachers and parents). */
    EARLY_WARNING(Role.TEACHER, Role.PARENT),
    /** A child was marked absent without leave (parents), told the same day. */
    ABSENCE(Role.PARENT),
    /** A home–school notice to a child's class (parents). */
    HOME_NOTICE(Role.PARENT),
    /** The sender's reminder of a notice not yet confirmed or answered (parents). */
    HOME_NOTICE_REMINDER(Role.PARENT),
    /** A webhook subscription of the admin's node was switched off after failing again and again (admins). */
    WEBHOOK_DISABLED(Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN, Role.REGION_ADMIN, Role.PLATFORM_OPERATOR),
    /** A one-to-one message from a child's teacher or a student's parent (teachers and parents), once per unread stretch. */
    HOME_MESSAGE(Role.TEACHER, Role.PARENT);

    private final Set<Role> audience;

    NotificationKind(Role first, Role... others) {
        this.audience = EnumSet.of(first, others);
    }

    /** Whether people in the caller's roles ever receive this kind: only those are offered in the settings. */
    public boolean concerns(Scope scope) {
        return audience.stream().anyMatch(scope::has);
    }
}
