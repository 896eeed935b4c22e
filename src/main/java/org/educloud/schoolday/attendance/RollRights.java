package org.educloud.schoolday.attendance;

import java.time.LocalDate;
import java.util.Set;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.schoolday.timetables.Timetables;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * Who takes a roll: the class's head teacher (班主任) for the day or any period; the teacher of the lesson held in a
 * period for that period. Anyone else who reaches the class (its parents, a school admin) is refused with 403.
 */
@Component
class RollRights {

    private final RosterDirectory roster;
    private final Timetables timetables;

    RollRights(RosterDirectory roster, Timetables timetables) {
        this.roster = roster;
        this.timetables = timetables;
    }

    boolean leads(Scope scope, SchoolClassView schoolClass) {
        return roster.ledClasses(scope).contains(schoolClass.id());
    }

    void checkMayTake(Scope scope, SchoolClassView schoolClass, LocalDate date, int position) {
        if (leads(scope, schoolClass)) {
            return;
        }
        Set<Long> mine = roster.ownStaffIds(scope);
        boolean teachesThen = position > 0 && timetables.heldIn(schoolClass.id().value(), date, position)
                .map(cell -> cell.teacherId() != null && mine.contains(cell.teacherId())).orElse(false);
        if (!teachesThen) {
            throw new ForbiddenException("schoolday.error.notYourRoll");
        }
    }

    void checkLeads(Scope scope, ClassId classId) {
        if (!roster.ledClasses(scope).contains(classId)) {
            throw new ForbiddenException("schoolday.error.notHeadTeacher");
        }
    }
}
