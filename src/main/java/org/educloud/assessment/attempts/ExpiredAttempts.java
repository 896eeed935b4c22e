package org.educloud.assessment.attempts;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.educloud.assessment.quizzes.QuizStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finishes attempts nobody submitted once their deadline (and the grace) has passed, so a student whose phone died
 * gets the score of what was saved and the teacher's results are complete. One node runs it at a time; each
 * attempt is finished in its own transaction under its row lock, the same as a submission.
 */
@Component
class ExpiredAttempts {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExpiredAttempts.class);

    private final AttemptStore attempts;
    private final QuizStore quizzes;
    private final Finishing finishing;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ExpiredAttempts(AttemptStore attempts, QuizStore quizzes, Finishing finishing, TransactionTemplate transactions,
                    Clock clock) {
        this.attempts = attempts;
        this.quizzes = quizzes;
        this.finishing = finishing;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${educloud.assessment.expiry-delay:1m}")
    @SchedulerLock(name = "assessment.expired-attempts", lockAtMostFor = "PT10M")
    public void finishExpired() {
        Instant now = clock.instant();
        for (long id : attempts.expired(now.minus(Attempts.GRACE), 500)) {
            try {
                transactions.executeWithoutResult(tx -> attempts.lock(id).filter(AttemptRow::open)
                        .ifPresent(attempt -> finishing.finish(quizzes.find(attempt.quizId()).orElseThrow(), attempt,
                                clock.instant())));
            } catch (RuntimeException failed) {
                // one attempt that cannot be finished must not keep every later one open
                LOG.error("Could not finish expired attempt {}", id, failed);
            }
        }
    }
}
