package org.educloud.assessment.exams;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassRoster;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.schoolday.SubjectTeaching;
import org.educloud.schoolday.TaughtSubjects;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * Decides who reaches an exam and how (see {@link Viewer}). Anyone else gets 404, as if the exam did not exist: a
 * teacher of another school, a parent whose child did not sit it, an admin of another district.
 */
@Component
class ExamAccess {

    /** A class whose scores the caller may enter, and the exam's subjects they may enter in it. */
    record Enterable(ClassRoster roster, List<String> subjects) {
    }

    private final ExamStore store;
    private final RosterDirectory roster;
    private final SubjectTeaching teaching;

    ExamAccess(ExamStore store, RosterDirectory roster, SubjectTeaching teaching) {
        this.store = store;
        this.roster = roster;
        this.teaching = teaching;
    }

    ExamView exam(long examId) {
        return store.find(examId).orElseThrow(ExamAccess::notFound);
    }

    /** The exam and the caller's view of it. */
    Viewer viewer(Scope scope, ExamView exam) {
        OrgPath school = new OrgPath(exam.schoolPath());
        if (scope.holds(Role.SCHOOL_ADMIN, school)) {
            return new Viewer(Viewer.Kind.SCHOOL, Set.of(), Set.of());
        }
        if (scope.canAdminister(school)) {
            return new Viewer(Viewer.Kind.BUREAU, Set.of(), Set.of());
        }
        Set<Long> taught = taughtIn(scope, exam);
        if (!taught.isEmpty()) {
            return new Viewer(Viewer.Kind.TEACHER, taught, Set.of());
        }
        Set<Long> children = roster.myChildren(scope).stream().map(s -> s.id().value()).collect(Collectors.toSet());
        Set<Long> sat = store.scores(exam.id()).stream().map(ScoreRow::studentId).filter(children::contains)
                .collect(Collectors.toSet());
        if (!sat.isEmpty()) {
            return new Viewer(Viewer.Kind.FAMILY, Set.of(), sat);
        }
        throw notFound();
    }

    /**
     * The classes of the exam's school, grade and term the caller teaches or leads: next year's grade-3 class is
     * another cohort, whose scores do not belong in last year's grade-3 exam.
     */
    Set<Long> taughtIn(Scope scope, ExamView exam) {
        return roster.taughtClasses(scope).stream()
                .filter(c -> c.schoolId().value() == exam.schoolId() && c.grade() == exam.grade()
                        && c.termId().value() == exam.termId())
                .map(c -> c.id().value()).collect(Collectors.toSet());
    }

    /**
     * A class whose scores the caller may enter: of the exam's school, grade and term, and theirs to teach (or any, for
     * the school's admins), with the subjects they may enter. An exam the caller does not reach is 404; one they only
     * read, or a class where they teach none of the exam's subjects, is 403.
     */
    Enterable enterable(Scope scope, ExamView exam, long classId) {
        Viewer viewer = viewer(scope, exam);
        if (!viewer.entersScoresOf(classId) && viewer.kind() != Viewer.Kind.SCHOOL) {
            throw viewer.kind() == Viewer.Kind.TEACHER ? new ForbiddenException("assessment.exam.error.notYourClass")
                    : new ForbiddenException("assessment.exam.error.readOnly");
        }
        ClassRoster schoolClass = roster.roster(scope, ClassId.of(classId));
        SchoolClassView c = schoolClass.schoolClass();
        if (c.schoolId().value() != exam.schoolId() || c.grade() != exam.grade()
                || c.termId().value() != exam.termId()) {
            throw new NotFoundException("assessment.exam.error.classNotInExam");
        }
        List<String> subjects = subjects(scope, exam, viewer, c.id());
        if (subjects.isEmpty()) {
            throw new ForbiddenException("assessment.exam.error.notYourSubject");
        }
        return new Enterable(schoolClass, subjects);
    }

    /**
     * The exam's subjects the caller may enter for the class: every one for the school's admins and the class's head
     * teacher; for a subject teacher, those the class's timetable has them teach there. A class without a timetable
     * says nothing about who teaches what, so its teachers enter every subject (as before timetables existed).
     */
    private List<String> subjects(Scope scope, ExamView exam, Viewer viewer, ClassId classId) {
        if (viewer.kind() == Viewer.Kind.SCHOOL || roster.ledClasses(scope).contains(classId)) {
            return exam.subjectNames();
        }
        TaughtSubjects taught = teaching.subjectsTaught(scope, classId);
        if (!taught.timetabled()) {
            return exam.subjectNames();
        }
        return exam.subjectNames().stream().filter(s -> taught.subjects().contains(s.strip())).toList();
    }

    /** The classes of the exam's grade whose scores the caller may enter, in some subject (for the exam's page). */
    List<SchoolClassView> classes(Scope scope, ExamView exam, Viewer viewer) {
        if (viewer.kind() == Viewer.Kind.SCHOOL) {
            return roster.classes(scope, org.educloud.shared.OrgId.of(exam.schoolId()), exam.grade(), 0, 100).items()
                    .stream().filter(c -> c.termId().value() == exam.termId()).toList();
        }
        if (viewer.kind() == Viewer.Kind.TEACHER) {
            return roster.taughtClasses(scope).stream().filter(c -> viewer.classes().contains(c.id().value()))
                    .filter(c -> !subjects(scope, exam, viewer, c.id()).isEmpty()).toList();
        }
        return List.of();
    }

    static NotFoundException notFound() {
        return new NotFoundException("assessment.exam.error.notFound");
    }
}
