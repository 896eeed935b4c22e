package org.educloud.integration.lti.links;

import java.util.Optional;
import org.educloud.integration.lti.support.Lti;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Component;

/**
 * Who the caller is in a class, as LTI names it: a teacher of the class is its Instructor, a student in it a
 * Learner, an admin of its school (or a bureau above) an Administrator. Anyone else does not see the class at all.
 */
@Component
public class ClassAccess {

    /** The class, its school's path and the caller's LIS role there. */
    public record ClassContext(SchoolClassView schoolClass, OrgPath schoolPath, String role) {

        public long classId() {
            return schoolClass.id().value();
        }

        public boolean instructs() {
            return role.equals(Lti.INSTRUCTOR);
        }
    }

    private final RosterDirectory roster;
    private final TenancyManagement tenancy;

    ClassAccess(RosterDirectory roster, TenancyManagement tenancy) {
        this.roster = roster;
        this.tenancy = tenancy;
    }

    public ClassContext of(Scope scope, long classId) {
        return find(scope, classId).orElseThrow(() -> new NotFoundException("integration.lti.error.classNotFound"));
    }

    /**
     * As {@link #of}, empty where that answers not found; it asks the roster nothing that throws, so a caller's
     * transaction stays good to commit (a launch refused inside one must still be recorded and shown).
     */
    public Optional<ClassContext> find(Scope scope, long classId) {
        var taught = roster.taughtClasses(scope).stream().filter(c -> c.id().value() == classId).findFirst();
        if (taught.isPresent()) {
            return Optional.of(new ClassContext(taught.get(), schoolPath(taught.get()), Lti.INSTRUCTOR));
        }
        if (roster.learner(scope.userId()).isPresent()) {
            var attended = roster.myClasses(scope).stream().filter(c -> c.id().value() == classId).findFirst();
            if (attended.isPresent()) {
                return Optional.of(new ClassContext(attended.get(), schoolPath(attended.get()), Lti.LEARNER));
            }
        }
        if (scope.isAdministrator()) {
            Optional<SchoolClassView> schoolClass = roster.reachedClass(scope, ClassId.of(classId));
            if (schoolClass.isPresent()) {
                OrgPath school = schoolPath(schoolClass.get());
                if (scope.canAdminister(school)) {
                    return Optional.of(new ClassContext(schoolClass.get(), school, Lti.ADMINISTRATOR));
                }
            }
        }
        return Optional.empty();
    }

    private OrgPath schoolPath(SchoolClassView schoolClass) {
        return tenancy.find(schoolClass.schoolId()).orElseThrow(() -> new NotFoundException("tenancy.error.notFound"))
                .path();
    }
}
