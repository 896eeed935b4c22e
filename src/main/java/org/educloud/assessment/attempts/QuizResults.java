package org.educloud.assessment.attempts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.quizzes.QuizView;
import org.educloud.assessment.quizzes.Quizzes;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher's side of the attempts at a quiz: who took it and their scores, the written answers waiting to be
 * graded (oldest first), and grading them. Grading one answer updates the attempt's total; an attempt whose last
 * written answer is graded is final.
 */
@org.springframework.modulith.NamedInterface("attempts")
@Service
public class QuizResults {

    private final Quizzes quizzes;
    private final AttemptStore attempts;
    private final SheetBuilding sheets;
    private final Finishing finishing;
    private final RosterDirectory roster;
    private final org.educloud.assessment.items.ItemStore items;
    private final Clock clock;
    private final QuizGradebook gradebook;

    QuizResults(Quizzes quizzes, AttemptStore attempts, SheetBuilding sheets, Finishing finishing,
                RosterDirectory roster, org.educloud.assessment.items.ItemStore items, Clock clock,
                QuizGradebook gradebook) {
        this.gradebook = gradebook;
        this.items = items;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.sheets = sheets;
        this.finishing = finishing;
        this.roster = roster;
        this.clock = clock;
    }

    /** One row of the results table: a student's attempt. */
    public record ResultRow(long attemptId, long studentId, String studentName, long classId, int number,
                            AttemptStatus status, @Nullable BigDecimal score, BigDecimal maxScore,
                            @Nullable Instant submittedAt) {
    }

    public List<ResultRow> results(Scope scope, long quizId) {
        QuizView quiz = quizzes.managed(scope, quizId);
        List<AttemptRow> rows = attempts.ofQuiz(quiz.id());
        Map<org.educloud.roster.StudentId, String> names = roster.studentNames(scope, rows.stream()
                .map(a -> org.educloud.roster.StudentId.of(a.studentId())).toList());
        List<ResultRow> results = new ArrayList<>();
        for (AttemptRow a : rows) {
            results.add(new ResultRow(a.id(), a.studentId(), names.getOrDefault(org.educloud.roster.StudentId.of(a.studentId()), "#" + a.studentId()),
                    a.classId(), a.number(), a.status(), a.score(), a.maxScore(), a.submittedAt()));
        }
        return results;
    }

    /** Every submitted attempt of the quiz, for item analysis: attempts with their answers. */
    public List<MarkedAttempt> marked(Scope scope, long quizId) {
        QuizView quiz = quizzes.managed(scope, quizId);
        List<AttemptRow> closed = attempts.ofQuiz(quiz.id()).stream().filter(a -> !a.open()).toList();
        Map<Long, Map<Integer, SavedAnswer>> answers = attempts.answersOf(closed.stream().map(AttemptRow::id).toList());
        List<MarkedAttempt> marked = new ArrayList<>();
        for (AttemptRow a : closed) {
            marked.add(new MarkedAttempt(a, answers.getOrDefault(a.id(), Map.of())));
        }
        return marked;
    }

    /** A submitted attempt and its marked answers by quiz position. */
    public record MarkedAttempt(AttemptRow attempt, Map<Integer, SavedAnswer> answers) {
    }

    /** A student's attempt as the teacher reads it, answers and keys shown. */
    public AttemptSheet attempt(Scope scope, long quizId, long attemptId) {
        QuizView quiz = quizzes.managed(scope, quizId);
        AttemptRow attempt = attempts.find(attemptId).filter(a -> a.quizId() == quiz.id())
                .orElseThrow(() -> new NotFoundException("assessment.error.attemptNotFound"));
        return sheets.teacherSheet(quiz, attempt, attempts.answers(attemptId), clock.instant());
    }

    /** Written answers of this quiz awaiting a grade: attempt id and quiz position. */
    public List<long[]> queue(Scope scope, long quizId) {
        QuizView quiz = quizzes.managed(scope, quizId);
        return attempts.awaitingTeacher(quiz.id(), 500);
    }

    @Transactional
    public void grade(Scope scope, long quizId, long attemptId, int position, BigDecimal points, String comment) {
        QuizView quiz = quizzes.managed(scope, quizId);
        AttemptRow attempt = attempts.lock(attemptId).filter(a -> a.quizId() == quiz.id())
                .orElseThrow(() -> new NotFoundException("assessment.error.attemptNotFound"));
        if (attempt.open()) {
            throw new RuleViolationException("assessment.error.attemptNotSubmitted");
        }
        QuizView.QuizItem quizItem = quiz.items().stream().filter(i -> i.position() == position).findFirst()
                .orElseThrow(() -> new NotFoundException("assessment.error.positionNotFound"));
        if (points.signum() < 0 || points.compareTo(quizItem.points()) > 0) {
            throw new FieldRuleViolationException("points", "assessment.error.pointsRange", quizItem.points());
        }
        SavedAnswer answer = attempts.answers(attemptId).get(position);
        if (answer == null || !isWritten(answer) || !teacherGraded(quizItem)) {
            throw new RuleViolationException("assessment.error.notWritten");
        }
        Instant now = clock.instant();
        BigDecimal scaled = points.setScale(2, RoundingMode.HALF_UP);
        double credit = scaled.doubleValue() / quizItem.points().doubleValue();
        attempts.grade(attemptId, position, BigDecimal.valueOf(credit).setScale(4, RoundingMode.HALF_UP), scaled,
                scope.userId().value(), comment.length() > 2000 ? comment.substring(0, 2000) : comment, now);
        Map<Integer, SavedAnswer> all = attempts.answers(attemptId);
        BigDecimal total = sum(all.values());
        boolean waiting = all.values().stream().anyMatch(SavedAnswer::awaitsTeacher);
        attempts.finish(attemptId, waiting ? AttemptStatus.SUBMITTED : AttemptStatus.GRADED, total, now);
        // the regraded total may change the score that counts in the class gradebook
        gradebook.record(quiz, attempt, now);
        if (answer.awaitsTeacher()) {
            // the first grade is the answer's observation for knowledge tracing; a corrected grade is not a new one
            finishing.graded(quiz, attempt, quizItem, answer.response(), credit, now);
        }
    }

    private boolean teacherGraded(QuizView.QuizItem quizItem) {
        var content = items.versions(List.of(new org.educloud.assessment.items.ItemStore.ItemVersionRef(
                quizItem.itemId(), quizItem.version()))).get(quizItem.itemId());
        return content != null && content.kind().teacherGraded();
    }

    private static boolean isWritten(SavedAnswer answer) {
        return answer.awaitsTeacher() || answer.credit() != null && !answer.response().text().isBlank();
    }

    private static BigDecimal sum(Collection<SavedAnswer> answers) {
        return answers.stream().map(SavedAnswer::points).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
