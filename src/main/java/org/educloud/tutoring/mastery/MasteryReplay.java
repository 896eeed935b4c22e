package org.educloud.tutoring.mastery;

import java.time.Instant;
import java.util.Map;
import org.educloud.tutoring.tracing.BktParameters;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every student's mastery from their logged answers with the current parameters, in answer order:
 * after a refit, the mastery a student sees is the one the refitted model gives for the same answers.
 */
@Component
class MasteryReplay {

    private final MasteryStore store;
    private final TransactionTemplate transactions;

    MasteryReplay(MasteryStore store, TransactionTemplate transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    /**
     * One knowledge point at a time, each in its own short transaction holding that point alone: answers arriving
     * meanwhile wait for it (or are read by it), so a replay never overwrites a mastery with one that misses an
     * answer, and students answering other points are never held up.
     */
    void replayAll() {
        Map<Long, BktParameters> parameters = store.allParameters();
        for (long knowledgePoint : store.answeredKnowledgePoints()) {
            transactions.executeWithoutResult(tx -> {
                store.holdKnowledgePointAlone(knowledgePoint);
                Replaying replaying = new Replaying(store, parameters);
                store.eachResponse(knowledgePoint, replaying::accept);
                replaying.flush();
            });
        }
    }

    /** Walks the log (ordered by knowledge point, student, time) and saves each student's final mastery. */
    private static final class Replaying {

        private final MasteryStore store;
        private final Map<Long, BktParameters> parameters;
        private Mastery current;
        private String path = "/";

        Replaying(MasteryStore store, Map<Long, BktParameters> parameters) {
            this.store = store;
            this.parameters = parameters;
        }

        void accept(long knowledgePoint, long student, boolean correct, String schoolPath, Instant at) {
            BktParameters p = parameters.getOrDefault(knowledgePoint, BktParameters.DEFAULTS);
            if (current == null || current.knowledgePoint() != knowledgePoint || current.studentId() != student) {
                flush();
                current = Mastery.first(student, knowledgePoint, p, at);
            }
            current = current.after(p, correct, at);
            path = schoolPath;
        }

        void flush() {
            if (current != null) {
                store.save(current, path);
            }
        }
    }
}
