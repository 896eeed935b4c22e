package org.educloud.schoolday.timetables;

import java.util.List;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.StaffView;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Component;

/**
 * The roster's answers the school day needs, asked with the caller's scope: a class the caller reaches (else not
 * found), the school it belongs to, whether the caller runs that school, and its staff. Public because the attendance
 * slice asks the same questions.
 */
@Component
public class SchoolClasses {

    private final RosterDirectory roster;
    private final TenancyManagement tenancy;

    SchoolClasses(RosterDirectory roster, TenancyManagement tenancy) {
        this.roster = roster;
        this.tenancy = tenancy;
    }

    /** A class the caller reaches as admin, teacher, student or parent; any other id is not found. */
    public SchoolClassView reach(Scope scope, long classId) {
        return roster.roster(scope, ClassId.of(classId)).schoolClass();
    }

    public OrgNodeView school(OrgId schoolId) {
        return tenancy.find(schoolId).orElseThrow(() -> new NotFoundException("schoolday.error.classNotFound"));
    }

    public boolean administers(Scope scope, OrgId schoolId) {
        return scope.canAdminister(school(schoolId).path());
    }

    /** A class whose timetable the caller may change: one of a school they run; a teacher of it may only look. */
    public SchoolClassView administered(Scope scope, long classId) {
        SchoolClassView schoolClass = reach(scope, classId);
        if (!administers(scope, schoolClass.schoolId())) {
            throw new ForbiddenException("schoolday.error.notAdmin");
        }
        return schoolClass;
    }

    /** A school the caller runs, for its bell schedule; any other id is not found. */
    public OrgNodeView managedSchool(Scope scope, long schoolId) {
        return roster.managedSchool(scope, OrgId.of(schoolId));
    }

    public OrgPath pathOf(OrgId schoolId) {
        return school(schoolId).path();
    }

    /** The staff of a school the caller runs, for the teacher of a lesson. */
    public List<StaffView> staff(Scope scope, OrgId schoolId) {
        return roster.staff(scope, null, schoolId, 0, 200).items();
    }
}
