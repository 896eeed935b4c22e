package org.educloud.learning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.assignments.AssignmentRow;
import org.educloud.learning.assignments.AssignmentStore;
import org.educloud.learning.files.ReceivedUploads;
import org.educloud.learning.gradebook.GradeStore;
import org.educloud.learning.submissions.SubmissionStore;
import org.educloud.library.FileContent;
import org.educloud.library.ReceivedFile;
import org.educloud.library.RichText;
import org.educloud.library.StoredFile;
import org.educloud.library.StoredFiles;
import org.educloud.records.LearningActivity;
import org.educloud.records.LearningObjectKind;
import org.educloud.records.LearningVerb;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentId;
import org.educloud.roster.StudentView;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grading by the class's teachers: the class's work side by side, a score or rubric levels with written feedback
 * (and a file) per student, and releasing the grades when the teacher is ready; only then do students and parents
 * see them, are told, and does the score count. A feedback file is read before the transaction that records it.
 */
@Service
public class Grading {

    /** A feedback file (an annotated photo, a marked-up document) is at most this large. */
    public static final int MAX_FEEDBACK_FILE_MB = 20;

    private final Assignments assignments;
    private final SubmissionStore submissions;
    private final GradeStore grades;
    private final RosterDirectory roster;
    private final StoredFiles files;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Grading(Assignments assignments, SubmissionStore submissions, GradeStore grades, RosterDirectory roster,
            StoredFiles files, IdentityManagement identity, ApplicationEventPublisher events, Clock clock,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.assignments = assignments;
        this.submissions = submissions;
        this.grades = grades;
        this.roster = roster;
        this.files = files;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /** Every current student of the class with their attempts and grade, in roster order. */
    @Transactional(readOnly = true)
    public List<StudentWork> sheet(Scope scope, AssignmentId assignmentId) {
        AssignmentRow a = assignments.managed(scope, assignmentId);
        List<StudentView> students = roster.roster(scope, ClassId.of(a.classId())).students();
        List<Long> ids = students.stream().map(s -> s.id().value()).toList();
        Map<Long, List<SubmissionView>> attempts = submissions.attemptsOf(a.id(), ids);
        Map<Long, GradeView> given = grades.of(a, ids, false);
        return students.stream().map(s -> new StudentWork(s.id(), s.name(),
                attempts.getOrDefault(s.id().value(), List.of()), given.get(s.id().value()))).toList();
    }

    public void grade(Scope scope, AssignmentId assignmentId, StudentId student, GradeDraft draft,
                      @Nullable Upload feedbackFile) {
        long studentId = student.value();
        if (feedbackFile == null) {
            transactions.executeWithoutResult(status -> record(scope, assignmentId, studentId, draft, null));
            return;
        }
        if (feedbackFile.size() > MAX_FEEDBACK_FILE_MB * 1024L * 1024L) {
            throw new RuleViolationException("learning.error.fileTooLarge", feedbackFile.name(), MAX_FEEDBACK_FILE_MB);
        }
        // only the class's teachers get their file read at all
        transactions.executeWithoutResult(status -> assignments.managed(scope, assignmentId));
        try (ReceivedUploads received = ReceivedUploads.receive(files, List.of(feedbackFile))) {
            transactions.executeWithoutResult(status -> record(scope, assignmentId, studentId, draft,
                    received.files().getFirst()));
        }
    }

    private void record(Scope scope, AssignmentId assignment, long studentId, GradeDraft draft,
                        @Nullable ReceivedFile feedbackFile) {
        AssignmentRow a = assignments.managed(scope, assignment);
        long assignmentId = a.id();
        SubmissionView latest = submissions.latest(assignmentId, studentId)
                .orElseThrow(() -> new RuleViolationException("learning.error.nothingToGrade"));
        BigDecimal score = score(a, draft);
        StoredFile stored = feedbackFile == null ? null : files.store(feedbackFile);
        String feedback = RichText.sanitised(draft.feedback());
        Instant now = clock.instant();
        BigDecimal replaced = grades.releasedScore(assignmentId, studentId).orElse(null);
        grades.put(assignmentId, studentId, latest.id(), score, a.rubric() == null ? null : draft.rubricLevels(),
                feedback.isEmpty() ? null : feedback, stored, scope.userId().value(),
                identity.self(scope.userId()).displayName(), now);
        if (replaced != null) {
            // a correction of a grade the student already has: they are told again
            announce(a, new GradeStore.Released(studentId, latest.id(), score), replaced, now);
        }
    }

    /** Returns every grade given and not yet returned; answers how many. */
    @Transactional
    public int release(Scope scope, AssignmentId assignmentId) {
        AssignmentRow a = assignments.managed(scope, assignmentId);
        Instant now = clock.instant();
        List<GradeStore.Released> released = grades.release(a.id(), now);
        released.forEach(r -> announce(a, r, null, now));
        return released.size();
    }

    /** Returns one student's grade if it is given and not yet returned ("release on save"); answers whether it did. */
    @Transactional
    public boolean release(Scope scope, AssignmentId assignmentId, StudentId student) {
        long studentId = student.value();
        AssignmentRow a = assignments.managed(scope, assignmentId);
        Instant now = clock.instant();
        List<GradeStore.Released> released = grades.release(a.id(), studentId, now);
        released.forEach(r -> announce(a, r, null, now));
        return !released.isEmpty();
    }

    /** Assignments with work waiting for a grade, across the caller's classes, longest waiting first. */
    @Transactional(readOnly = true)
    public List<AssignmentView> queue(Scope scope) {
        return assignments.managed(scope).stream().filter(v -> v.status() == AssignmentStatus.PUBLISHED
                && v.waiting() > 0).sorted(java.util.Comparator.comparing(AssignmentView::dueAt)).toList();
    }

    /** The feedback file of a grade: for the teachers, and once released for the student and their parents. */
    @Transactional(readOnly = true)
    public FileContent feedbackFile(Scope scope, AssignmentId assignmentId, StudentId student) {
        long studentId = student.value();
        boolean allowed = assignments.manages(scope, assignmentId)
                || grades.released(assignmentId.value(), studentId)
                        && assignments.followsIn(scope, assignmentId, studentId);
        String[] file = allowed ? grades.feedbackFile(assignmentId.value(), studentId).orElse(null) : null;
        if (file == null) {
            throw new NotFoundException("learning.error.fileNotFound");
        }
        return files.open(file[0], file[1], 0, files.size(file[0]));
    }

    private void announce(AssignmentRow a, GradeStore.Released r, @Nullable BigDecimal replaced, Instant now) {
        events.publishEvent(new SubmissionGraded(r.submissionId(), a.assignmentId(), a.title(),
                ClassId.of(a.classId()), a.schoolId(), StudentId.of(r.studentId()), r.score(), a.maxScore(), now,
                a.dueAt(), replaced));
        double scaled = r.score().doubleValue() / a.maxScore().doubleValue();
        events.publishEvent(new LearningActivity(UUID.randomUUID(), r.studentId(), a.schoolId(),
                ClassId.of(a.classId()), LearningVerb.SCORED,
                new LearningActivity.LearningObject(LearningObjectKind.ASSIGNMENT, String.valueOf(a.id()), a.title(),
                        null, null),
                new LearningActivity.Outcome(Math.min(1.0, scaled), r.score().doubleValue(),
                        a.maxScore().doubleValue(), null, true, null),
                Submissions.registration(a.id(), r.studentId()), now));
    }

    private static BigDecimal score(AssignmentRow a, GradeDraft draft) {
        Rubric rubric = a.rubric();
        if (rubric != null) {
            List<Integer> levels = draft.rubricLevels();
            if (levels == null || levels.size() != rubric.criteria().size()) {
                throw new RuleViolationException("learning.error.rubricIncomplete", rubric.criteria().size());
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < levels.size(); i++) {
                var criterion = rubric.criteria().get(i);
                Integer level = levels.get(i);
                if (level == null || level < 0 || level >= criterion.levels().size()) {
                    throw new RuleViolationException("learning.error.rubricLevel", criterion.name());
                }
                sum = sum.add(criterion.levels().get(level).points());
            }
            return AssignmentStore.scale(sum);
        }
        BigDecimal score = draft.score();
        if (score == null || score.signum() < 0 || score.compareTo(a.maxScore()) > 0) {
            throw new RuleViolationException("learning.error.scoreRange", a.maxScore().stripTrailingZeros()
                    .toPlainString());
        }
        return AssignmentStore.scale(score);
    }
}
