package org.educloud.learning.access;

import java.util.LinkedHashMap;
import java.util.Map;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Component;

/** Resolves a {@link Caller}; people without a teaching or family role skip the roster lookups they do not need. */
@Component
public class Callers {

    private final RosterDirectory roster;

    Callers(RosterDirectory roster) {
        this.roster = roster;
    }

    public Caller of(Scope scope) {
        Map<Long, SchoolClassView> taught = new LinkedHashMap<>();
        if (scope.has(Role.TEACHER)) {
            roster.taughtClasses(scope).forEach(c -> taught.put(c.id().value(), c));
        }
        var followed = scope.has(Role.STUDENT) || scope.has(Role.PARENT) ? roster.followedStudents(scope)
                : java.util.List.<org.educloud.roster.FollowedStudent>of();
        return new Caller(scope, taught, followed);
    }
}
