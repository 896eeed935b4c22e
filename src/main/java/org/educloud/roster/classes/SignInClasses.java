package org.educloud.roster.classes;

import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.StudentClasses;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.UserId;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** A student's current classes for the OpenID Connect claims: those they attend, read with their own scope. */
@Component
class SignInClasses implements StudentClasses {

    private final RosterDirectory directory;
    private final IdentityManagement identity;

    // lazy: identity's claims need this bean, and the directory's own wiring reaches identity
    SignInClasses(@Lazy RosterDirectory directory, IdentityManagement identity) {
        this.directory = directory;
        this.identity = identity;
    }

    @Override
    public List<StudentClass> of(UserId account) {
        if (directory.learner(account).isEmpty()) {
            return List.of();
        }
        return directory.myClasses(identity.scopeOf(account)).stream()
                .map(c -> new StudentClass(c.id().value(), c.name(), c.grade(), c.schoolId().value())).toList();
    }
}
