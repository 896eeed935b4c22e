package org.educloud.assessment.attempts;

import java.time.Clock;
import org.educloud.assessment.quizzes.QuizStore;
import org.educloud.assessment.quizzes.QuizView;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parent reading their child's finished attempt: the answers, the scores, and the correct answers and
 * explanations only when the quiz's rule shows them to the student (a parent learns no more than their child).
 * An attempt of a student the caller does not follow, or one still in progress, is not found.
 */
@Service
@Transactional(readOnly = true)
public class FollowedAttempts {

    private final AttemptStore attempts;
    private final QuizStore quizzes;
    private final RosterDirectory roster;
    private final SheetBuilding sheets;
    private final Clock clock;

    FollowedAttempts(AttemptStore attempts, QuizStore quizzes, RosterDirectory roster, SheetBuilding sheets,
                     Clock clock) {
        this.attempts = attempts;
        this.quizzes = quizzes;
        this.roster = roster;
        this.sheets = sheets;
        this.clock = clock;
    }

    /** The finished attempt as its student sees it now, with the name of the child whose it is. */
    public record Review(String studentName, AttemptSheet sheet) {
    }

    public Review review(Scope scope, long attemptId) {
        AttemptRow attempt = attempts.find(attemptId).filter(a -> !a.open())
                .orElseThrow(() -> new NotFoundException("assessment.error.attemptNotFound"));
        var child = roster.followedStudents(scope).stream()
                .filter(s -> s.studentId().value() == attempt.studentId()).findFirst()
                .orElseThrow(() -> new NotFoundException("assessment.error.attemptNotFound"));
        QuizView quiz = quizzes.find(attempt.quizId())
                .orElseThrow(() -> new NotFoundException("assessment.error.attemptNotFound"));
        return new Review(child.name(), sheets.sheet(quiz, attempt, attempts.answers(attemptId), clock.instant()));
    }
}
