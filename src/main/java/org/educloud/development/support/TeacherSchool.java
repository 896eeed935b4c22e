package org.educloud.development.support;

import java.util.Optional;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;

/**
 * The school a teacher acts from: the first of their teacher grants on a school. Programmes, credit hours and
 * certificates all hang on it, as the self-assessment does.
 */
public final class TeacherSchool {

    private TeacherSchool() {
    }

    public static Optional<OrgPath> of(Scope scope) {
        return scope.grants().stream().filter(g -> g.role() == Role.TEACHER).map(Scope.Grant::path)
                .filter(p -> p.depth() > 0).findFirst();
    }
}
