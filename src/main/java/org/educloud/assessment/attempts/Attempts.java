package org.educloud.assessment.attempts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.educloud.assessment.quizzes.QuizStatus;
import org.educloud.assessment.quizzes.QuizStore;
import org.educloud.assessment.quizzes.QuizView;
import org.educloud.assessment.Response;
import org.educloud.roster.FollowedStudent;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.ConflictException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student taking a quiz: starting (or resuming) an attempt inside the class's window, saving each answer as it
 * is given, and submitting. The server keeps the time: an attempt's deadline is fixed when it starts (the time
 * limit, or the window's end if sooner), answers arriving after it (plus a short grace for the network) are
 * refused, and an attempt nobody submitted is finished at its deadline with what was saved.
 */
@org.springframework.modulith.NamedInterface("attempts")
@Service
public class Attempts {

    /** Allowance for an answer sent just before the deadline that arrives just after it. */
    static final Duration GRACE = Duration.ofSeconds(20);

    private final AttemptStore attempts;
    private final QuizStore quizzes;
    private final RosterDirectory roster;
    private final SheetBuilding sheets;
    private final Finishing finishing;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    Attempts(AttemptStore attempts, QuizStore quizzes, RosterDirectory roster, SheetBuilding sheets,
             Finishing finishing, Clock clock) {
        this.attempts = attempts;
        this.quizzes = quizzes;
        this.roster = roster;
        this.sheets = sheets;
        this.finishing = finishing;
        this.clock = clock;
    }

    /** The caller's in-progress attempt at this quiz, or a new one if the window is open and attempts remain. */
    @Transactional
    public AttemptSheet start(Scope scope, long quizId) {
        FollowedStudent me = self(scope);
        QuizView quiz = quizFor(me, quizId);
        QuizView.ClassWindow window = windowFor(me, quiz);
        Instant now = clock.instant();
        List<AttemptRow> mine = attempts.ofStudent(quizId, me.studentId().value());
        for (AttemptRow attempt : mine) {
            if (attempt.open()) {
                AttemptRow locked = attempts.lock(attempt.id()).orElseThrow();
                if (locked.open() && now.isBefore(locked.deadlineAt().plus(GRACE))) {
                    return sheets.sheet(quiz, locked, attempts.answers(locked.id()), now);
                }
                if (locked.open()) {
                    finishing.finish(quiz, locked, now);
                }
            }
        }
        if (!window.openAt(now)) {
            throw new RuleViolationException(now.isBefore(window.opensAt()) ? "assessment.error.notOpenYet"
                    : "assessment.error.closed");
        }
        if (mine.size() >= quiz.attemptsAllowed()) {
            throw new RuleViolationException("assessment.error.noAttemptsLeft", quiz.attemptsAllowed());
        }
        Instant deadline = quiz.timeLimitMinutes() == null ? window.closesAt()
                : min(now.plus(Duration.ofMinutes(quiz.timeLimitMinutes())), window.closesAt());
        long seed = seeds.nextLong();
        Optional<Long> created = attempts.insert(quizId, window.classId(), me.studentId().value(), quiz.schoolPath(),
                mine.size() + 1, now, deadline, quiz.maxScore(), SheetBuilding.order(quiz, seed), seed);
        // a second tab that started at the same moment made this number: both continue in that one attempt
        long id = created.orElseGet(() -> attempts.ofStudent(quizId, me.studentId().value()).stream()
                .filter(AttemptRow::open).map(AttemptRow::id).max(Comparator.naturalOrder())
                .orElseThrow(() -> new ConflictException("attempt", "assessment.error.startRaced")));
        return sheets.sheet(quiz, attempts.find(id).orElseThrow(), attempts.answers(id), now);
    }

    /** The caller's attempt as they see it now; one whose deadline has passed is finished first. */
    @Transactional
    public AttemptSheet sheet(Scope scope, long attemptId) {
        Instant now = clock.instant();
        AttemptRow attempt = own(scope, attemptId, true);
        QuizView quiz = quizzes.find(attempt.quizId()).orElseThrow();
        if (attempt.open() && !now.isBefore(attempt.deadlineAt().plus(GRACE))) {
            finishing.finish(quiz, attempt, now);
            attempt = attempts.find(attemptId).orElseThrow();
        }
        return sheets.sheet(quiz, attempt, attempts.answers(attemptId), now);
    }

    /**
     * Saves one answer. Saving is idempotent and ordered by the client's {@code revision} (the page's counter per
     * attempt, continued from {@link AttemptSheet#lastRevision()} and increased with each change, never a clock): a
     * retried or late-arriving older save never overwrites a newer one.
     *
     * @return whether this save was stored (false: a newer one already was)
     */
    @Transactional
    public boolean save(Scope scope, long attemptId, int position, long revision, Response response) {
        if (!response.withinBounds()) {
            throw new RuleViolationException("assessment.error.answerTooLarge");
        }
        AttemptRow attempt = own(scope, attemptId, true);
        Instant now = clock.instant();
        if (!attempt.open()) {
            throw new ConflictException("attempt", "assessment.error.attemptSubmitted");
        }
        if (!now.isBefore(attempt.deadlineAt().plus(GRACE))) {
            throw new ConflictException("attempt", "assessment.error.timeUp");
        }
        if (!attempt.itemOrder().contains(position)) {
            throw new NotFoundException("assessment.error.positionNotFound");
        }
        return attempts.save(attemptId, position, response, revision, now);
    }

    /** Submits the attempt; submitting again returns the same result. */
    @Transactional
    public AttemptSheet submit(Scope scope, long attemptId) {
        Instant now = clock.instant();
        AttemptRow attempt = own(scope, attemptId, true);
        QuizView quiz = quizzes.find(attempt.quizId()).orElseThrow();
        if (attempt.open()) {
            finishing.finish(quiz, attempt, now);
            attempt = attempts.find(attemptId).orElseThrow();
        }
        return sheets.sheet(quiz, attempt, attempts.answers(attemptId), now);
    }

    /** Quizzes set to the caller's classes (a student's own), with their attempts. */
    public List<StudentQuiz> myQuizzes(Scope scope) {
        FollowedStudent me = self(scope);
        return quizzesOf(me);
    }

    /** A parent's (or the student's own) view of a followed student's quizzes and scores. */
    public List<StudentQuiz> quizzesOf(Scope scope, long studentId) {
        FollowedStudent student = roster.followedStudents(scope).stream().filter(s -> s.studentId().value() == studentId)
                .findFirst().orElseThrow(() -> new NotFoundException("assessment.error.studentNotFound"));
        return quizzesOf(student);
    }

    private List<StudentQuiz> quizzesOf(FollowedStudent student) {
        List<Long> classIds = student.classIds().stream().map(c -> c.value()).toList();
        List<AttemptRow> all = attempts.ofStudents(List.of(student.studentId().value()));
        Instant now = clock.instant();
        return quizzes.setTo(classIds, 100).stream().map(q -> {
            QuizView.ClassWindow window = q.classes().stream().filter(w -> classIds.contains(w.classId()))
                    .findFirst().orElseThrow();
            List<AttemptRow> mine = all.stream().filter(a -> a.quizId() == q.id()).toList();
            return new StudentQuiz(q.id(), q.title(), window.className(), window.opensAt(), window.closesAt(),
                    window.openAt(now), q.timeLimitMinutes(), q.attemptsAllowed(), q.maxScore(), mine);
        }).toList();
    }

    private FollowedStudent self(Scope scope) {
        if (!scope.has(Role.STUDENT)) {
            throw new ForbiddenException("assessment.error.studentsOnly");
        }
        long me = roster.learner(scope.userId()).orElseThrow(() -> new ForbiddenException("assessment.error.studentsOnly"))
                .studentId().value();
        return roster.followedStudents(scope).stream().filter(s -> s.studentId().value() == me).findFirst()
                .orElseThrow(() -> new ForbiddenException("assessment.error.studentsOnly"));
    }

    private QuizView quizFor(FollowedStudent me, long quizId) {
        QuizView quiz = quizzes.find(quizId).filter(q -> q.status() == QuizStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("assessment.error.quizNotFound"));
        windowFor(me, quiz);
        return quiz;
    }

    private static QuizView.ClassWindow windowFor(FollowedStudent me, QuizView quiz) {
        return quiz.classes().stream()
                .filter(w -> me.classIds().stream().anyMatch(c -> c.value() == w.classId())).findFirst()
                .orElseThrow(() -> new NotFoundException("assessment.error.quizNotFound"));
    }

    /** The attempt if it is the caller's own (404 otherwise: another student's attempt id reveals nothing). */
    private AttemptRow own(Scope scope, long attemptId, boolean lock) {
        long me = roster.learner(scope.userId()).map(l -> l.studentId().value())
                .orElseThrow(() -> new NotFoundException("assessment.error.attemptNotFound"));
        Optional<AttemptRow> attempt = lock ? attempts.lock(attemptId) : attempts.find(attemptId);
        return attempt.filter(a -> a.studentId() == me)
                .orElseThrow(() -> new NotFoundException("assessment.error.attemptNotFound"));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
