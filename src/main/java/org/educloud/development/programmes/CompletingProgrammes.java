package org.educloud.development.programmes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.educloud.development.TrainingCompleted;
import org.educloud.learning.CourseId;
import org.educloud.learning.LearnerProgress;
import org.educloud.learning.TeacherCourseCompleted;
import org.educloud.learning.TeacherLearners;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Completes participants by their programme's rule, once each: after attendance is recorded, after a task is
 * accepted, after a course of the programme is completed in the learning space, after a course is added or a teacher joins (a course they already
 * completed counts). Completion publishes {@link TrainingCompleted}, which credits the hours and issues the
 * certificate in the same transaction.
 */
@Component
class CompletingProgrammes {

    private final ProgrammeStore store;
    private final TaskStore tasks;
    private final TeacherLearners learners;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompletingProgrammes(ProgrammeStore store, TaskStore tasks, TeacherLearners learners,
                         ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.learners = learners;
        this.events = events;
        this.clock = clock;
    }

    /** A teacher-learner completed a course: it counts in every unfinished programme of theirs holding it. */
    @ApplicationModuleListener
    void on(TeacherCourseCompleted completed) {
        for (long id : store.unfinishedWithCourse(completed.courseId().value(), completed.teacher().value())) {
            store.completeCourse(id, completed.teacher().value(), completed.courseId().value(),
                    completed.completedAt());
            store.find(id).ifPresent(this::completeDue);
        }
    }

    /**
     * Enrols the teachers in the programme's courses in the learning space, counts the courses they already
     * completed there, and completes whoever the rule now admits.
     */
    int enrol(Programme programme, List<Long> teachers) {
        List<ProgrammeCourse> courses = store.courses(programme.id());
        List<CourseId> ids = courses.stream().map(c -> CourseId.of(c.courseId())).toList();
        for (long teacher : teachers) {
            for (CourseId course : ids) {
                try {
                    learners.enrol(new UserId(teacher), course);
                } catch (NotFoundException gone) {
                    // the course was deleted in the learning space: nothing left to enrol in
                }
            }
            Map<CourseId, LearnerProgress> progress = learners.progress(new UserId(teacher), ids);
            progress.values().stream().filter(LearnerProgress::completed).forEach(p -> store.completeCourse(
                    programme.id(), teacher, p.course().value(), java.util.Objects.requireNonNull(p.completedAt())));
        }
        return completeDue(programme);
    }

    int completeDue(Programme programme) {
        List<ProgrammeSession> sessions = store.sessions(programme.id());
        List<ProgrammeCourse> courses = store.courses(programme.id());
        List<ProgrammeTask> set = tasks.tasks(programme.id());
        List<Participant> due = new ArrayList<>();
        for (Participant participant : store.participants(programme.id(), null)) {
            if (!participant.completed() && meets(programme, sessions, courses, set, participant)) {
                due.add(participant);
            }
        }
        Instant now = clock.instant();
        int completed = 0;
        for (Participant participant : due) {
            if (store.complete(programme.id(), participant.account(), now)) {
                ProgrammeStore.ParticipantSchool school = store.schoolOf(programme.id(), participant.account())
                        .orElseThrow();
                events.publishEvent(new TrainingCompleted(programme.id(), programme.name(),
                        new UserId(participant.account()), school.teacherName(), OrgId.of(school.schoolId()),
                        school.schoolPath(), programme.creditHours(), now));
                completed++;
            }
        }
        return completed;
    }

    /**
     * The rule: every session attended, every course completed and every task accepted (a programme with none of
     * them completes nobody), or the hours of those together at least the minimum.
     */
    static boolean meets(Programme programme, List<ProgrammeSession> sessions, List<ProgrammeCourse> courses,
                         List<ProgrammeTask> tasks, Participant participant) {
        if (programme.rule() == CompletionRule.HOURS) {
            BigDecimal needed = programme.minHours() == null ? programme.creditHours() : programme.minHours();
            return participant.hours().compareTo(needed) >= 0;
        }
        return !(sessions.isEmpty() && courses.isEmpty() && tasks.isEmpty())
                && sessions.stream().allMatch(s -> participant.attendedSession(s.id()))
                && courses.stream().allMatch(c -> participant.completedCourse(c.courseId()))
                && tasks.stream().allMatch(t -> participant.acceptedTask(t.id()));
    }
}
