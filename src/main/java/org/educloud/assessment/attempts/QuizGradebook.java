package org.educloud.assessment.attempts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.educloud.assessment.quizzes.QuizColumns;
import org.educloud.assessment.quizzes.QuizView;
import org.educloud.learning.ExternalGrades;
import org.educloud.learning.GradeSource;
import org.educloud.roster.ClassId;
import org.educloud.roster.StudentId;
import org.springframework.stereotype.Component;

/**
 * Keeps a quiz's column in the class gradebook in step with the attempts: after every scoring, grading or regrade
 * the student's score that counts is put again. The score that counts is the best of the finished attempts, as the
 * student's own quiz list shows it; it is complete once no finished attempt waits for the teacher.
 */
@Component
class QuizGradebook {

    private final AttemptStore attempts;
    private final QuizColumns columns;
    private final ExternalGrades grades;

    QuizGradebook(AttemptStore attempts, QuizColumns columns, ExternalGrades grades) {
        this.attempts = attempts;
        this.columns = columns;
        this.grades = grades;
    }

    /** Call in the transaction that changed the attempt, after its score was stored. */
    void record(QuizView quiz, AttemptRow changed, Instant now) {
        List<AttemptRow> finished = attempts.ofStudent(quiz.id(), changed.studentId()).stream()
                .filter(a -> !a.open() && a.score() != null).toList();
        Optional<BigDecimal> best = finished.stream().map(AttemptRow::score).max(Comparator.naturalOrder());
        if (best.isEmpty()) {
            return;
        }
        boolean complete = finished.stream().noneMatch(a -> a.status() == AttemptStatus.SUBMITTED);
        ClassId classId = ClassId.of(changed.classId());
        StudentId student = StudentId.of(changed.studentId());
        String sourceId = QuizColumns.sourceId(quiz.id());
        // the column is written only when it is missing (a quiz set before the gradebook knew quizzes): a class
        // submitting at the same second must not queue on one column row
        if (!grades.putScore(GradeSource.QUIZ, sourceId, classId, student, best.get(), complete, now)
                && quiz.windowFor(changed.classId()).isPresent()) {
            columns.put(quiz, quiz.windowFor(changed.classId()).orElseThrow());
            grades.putScore(GradeSource.QUIZ, sourceId, classId, student, best.get(), complete, now);
        }
    }
}
