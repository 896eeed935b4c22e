package org.educloud.learning.access;

import java.util.List;
import java.util.Map;
import org.educloud.roster.FollowedStudent;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.Scope;

/**
 * The caller as the learning space sees them, resolved once per request: the classes they teach, and the students
 * whose work they follow (themselves as a student, their children as a parent).
 */
public record Caller(Scope scope, Map<Long, SchoolClassView> taught, List<FollowedStudent> followed) {

    public boolean teaches(long classId) {
        return taught.containsKey(classId);
    }

    public List<FollowedStudent> followingIn(long classId) {
        return followed.stream().filter(s -> s.classIds().contains(org.educloud.roster.ClassId.of(classId))).toList();
    }

    public boolean follows(long studentId) {
        return followed.stream().anyMatch(s -> s.studentId().value() == studentId);
    }

    public long account() {
        return scope.userId().value();
    }
}
