package org.educloud.learning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.educloud.learning.access.Caller;
import org.educloud.learning.access.Callers;
import org.educloud.learning.assignments.AssignmentRow;
import org.educloud.learning.assignments.AssignmentStore;
import org.educloud.learning.gradebook.GradeStore;
import org.educloud.learning.submissions.SubmissionStore;
import org.educloud.roster.ClassId;
import org.educloud.roster.FollowedStudent;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The to-do list of the students the caller follows: a student's own, each of a parent's children's. Open
 * assignments of their classes with where each stands (to do, overdue, handed in, graded); work still to do
 * first, soonest due first.
 */
@Service
@Transactional(readOnly = true)
public class Tasks {

    private static final int RECENT = 100;

    private final AssignmentStore assignments;
    private final SubmissionStore submissions;
    private final GradeStore grades;
    private final Callers callers;
    private final Clock clock;

    Tasks(AssignmentStore assignments, SubmissionStore submissions, GradeStore grades, Callers callers, Clock clock) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.grades = grades;
        this.callers = callers;
        this.clock = clock;
    }

    public List<Task> of(Scope scope) {
        Caller caller = callers.of(scope);
        Instant now = clock.instant();
        Set<Long> classIds = caller.followed().stream().flatMap(s -> s.classIds().stream()).map(ClassId::value)
                .collect(Collectors.toSet());
        List<AssignmentRow> rows = assignments.ofClasses(classIds, false, now, RECENT);
        List<Long> assignmentIds = rows.stream().map(AssignmentRow::id).toList();
        List<Long> studentIds = caller.followed().stream().map(s -> s.studentId().value()).toList();
        Map<String, Object[]> latest = submissions.latestOf(assignmentIds, studentIds);
        Map<String, BigDecimal> scores = grades.releasedScores(assignmentIds, studentIds);
        List<Task> tasks = new ArrayList<>();
        for (AssignmentRow a : rows) {
            for (FollowedStudent student : caller.followingIn(a.classId())) {
                String key = a.id() + ":" + student.studentId().value();
                Object[] handedIn = latest.get(key);
                BigDecimal score = scores.get(key);
                Task.State state = score != null ? Task.State.GRADED
                        : handedIn != null ? ((Boolean) handedIn[1] ? Task.State.SUBMITTED_LATE : Task.State.SUBMITTED)
                        : a.overdue(now) ? Task.State.OVERDUE : Task.State.TO_DO;
                tasks.add(new Task(assignments.view(a, 0, null), student.studentId(), student.name(), state,
                        handedIn == null ? null : (Instant) handedIn[0], score));
            }
        }
        Comparator<Task> byDue = Comparator.comparing(t -> t.assignment().dueAt());
        List<Task> open = tasks.stream().filter(Task::open).sorted(byDue).toList();
        List<Task> done = tasks.stream().filter(t -> !t.open()).sorted(byDue.reversed()).toList();
        tasks = new ArrayList<>(open);
        tasks.addAll(done);
        return tasks;
    }
}
