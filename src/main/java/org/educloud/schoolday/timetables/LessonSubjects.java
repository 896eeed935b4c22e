package org.educloud.schoolday.timetables;

import java.util.Set;
import java.util.TreeSet;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.schoolday.SubjectTeaching;
import org.educloud.schoolday.TaughtSubjects;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who teaches what in a class, read from its weekly lessons: the subjects whose teacher is one of the caller's staff records. */
@Service
@Transactional(readOnly = true)
class LessonSubjects implements SubjectTeaching {

    private final TimetableStore store;
    private final SchoolClasses classes;
    private final RosterDirectory roster;

    LessonSubjects(TimetableStore store, SchoolClasses classes, RosterDirectory roster) {
        this.store = store;
        this.classes = classes;
        this.roster = roster;
    }

    @Override
    public TaughtSubjects subjectsTaught(Scope scope, ClassId schoolClass) {
        classes.reach(scope, schoolClass.value());
        Set<Long> mine = roster.ownStaffIds(scope);
        var lessons = store.lessonsOfClass(schoolClass.value());
        Set<String> subjects = new TreeSet<>();
        for (Cell lesson : lessons) {
            if (lesson.subject() != null && lesson.teacherId() != null && mine.contains(lesson.teacherId())) {
                subjects.add(lesson.subject().strip());
            }
        }
        return new TaughtSubjects(!lessons.isEmpty(), Set.copyOf(subjects));
    }
}
