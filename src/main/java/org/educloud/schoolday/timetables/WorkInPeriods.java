package org.educloud.schoolday.timetables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.learning.AssignmentDetail;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.AssignmentPeriods;
import org.educloud.learning.AssignmentView;
import org.educloud.learning.Assignments;
import org.educloud.learning.PeriodWork;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Assignments set in a period (issue 33): the teacher of a class ties one of their assignments of it to a teaching
 * period of the day it opens; the class's timetable and everyone's "today" show it in that period. The tie itself is
 * learning's (the assignment's period); this slice checks the period against the class's bell schedule.
 */
@Service
class WorkInPeriods {

    private final AssignmentPeriods periods;
    private final Assignments assignments;
    private final Timetables timetables;
    private final SchoolClasses classes;
    private final RosterDirectory roster;

    WorkInPeriods(AssignmentPeriods periods, Assignments assignments, Timetables timetables, SchoolClasses classes,
                  RosterDirectory roster) {
        this.periods = periods;
        this.assignments = assignments;
        this.timetables = timetables;
        this.classes = classes;
        this.roster = roster;
    }

    /** Ties (or, with no position, unties) an assignment of the class the caller manages to a teaching period. */
    public void tie(Scope scope, long classId, AssignmentId assignmentId, @Nullable Integer position) {
        SchoolClassView schoolClass = classes.reach(scope, classId);
        AssignmentDetail detail = assignments.detail(scope, assignmentId);
        if (!detail.assignment().classId().equals(ClassId.of(classId))) {
            throw new NotFoundException("learning.error.assignmentNotFound");
        }
        if (position != null) {
            BellSchedule schedule = timetables.scheduleOf(schoolClass)
                    .orElseThrow(() -> new org.educloud.shared.ConflictException("position", "schoolday.error.noSchedule"));
            timetables.teachingPeriod(schedule, position);
        }
        periods.tie(scope, assignmentId, position);
    }

    /** The caller's assignments of a class they teach, which they may tie to a period; none for anyone else. */
    public List<AssignmentView> tieable(Scope scope, long classId) {
        boolean teaches = roster.taughtClasses(scope).stream().anyMatch(c -> c.id().value() == classId);
        if (!teaches) {
            return List.of();
        }
        ClassId schoolClass = ClassId.of(classId);
        return assignments.managed(scope).stream().filter(a -> a.classId().equals(schoolClass)).toList();
    }

    /** Work tied to periods of these classes in the days, keyed by {@link #key}, as far as the caller may read it. */
    public Map<String, List<PeriodWork>> byPeriod(Scope scope, Collection<Long> classIds, LocalDate from, LocalDate to) {
        Map<String, List<PeriodWork>> work = new HashMap<>();
        for (long classId : classIds) {
            for (PeriodWork w : periods.inPeriods(scope, ClassId.of(classId), from, to)) {
                work.computeIfAbsent(key(classId, w.date(), w.position()), k -> new ArrayList<>()).add(w);
            }
        }
        return work;
    }

    /** The key templates look work up by: class, date and period. */
    public static String key(long classId, LocalDate date, int position) {
        return classId + ":" + date + ":" + position;
    }
}
