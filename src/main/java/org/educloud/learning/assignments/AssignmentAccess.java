package org.educloud.learning.assignments;

import java.time.Instant;
import org.educloud.learning.access.Caller;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;

/**
 * Who may do what with an assignment. Its class's teachers (and its author) manage it; the school's and bureaus'
 * admins read it once published; students of the class and their parents read it once it is open. Anyone else
 * gets "not found", except a colleague of the same school trying to manage it, who is told it is not their class.
 */
public final class AssignmentAccess {

    private AssignmentAccess() {
    }

    public static boolean mayManage(Caller caller, AssignmentRow a) {
        return caller.teaches(a.classId()) || a.teacherAccount() == caller.account();
    }

    public static boolean mayRead(Caller caller, AssignmentRow a, Instant now) {
        return mayManage(caller, a)
                || a.published() && caller.scope().canAdminister(a.schoolPath())
                || a.open(now) && !caller.followingIn(a.classId()).isEmpty();
    }

    public static AssignmentRow readable(Caller caller, AssignmentRow a, Instant now) {
        if (!mayRead(caller, a, now)) {
            throw new NotFoundException("learning.error.assignmentNotFound");
        }
        return a;
    }

    public static AssignmentRow managed(Caller caller, AssignmentRow a, Instant now) {
        if (mayManage(caller, a)) {
            return a;
        }
        if (mayRead(caller, a, now) || caller.scope().canSee(a.schoolPath())) {
            throw new ForbiddenException("learning.error.notYourClass");
        }
        throw new NotFoundException("learning.error.assignmentNotFound");
    }
}
