package org.educloud.tutoring.mastery;

import java.time.Instant;
import org.educloud.tutoring.tracing.BktParameters;
import org.educloud.tutoring.tracing.MasteryUpdate;

/**
 * A student's mastery of one knowledge point: P(L) now, the highest it has been (a fall from it is an early
 * warning), and how many answers it rests on.
 */
public record Mastery(long studentId, long knowledgePoint, double probability, double peak, int opportunities,
                      int correct, Instant lastAnsweredAt) {

    /** Before any answer: the knowledge point's prior. */
    static Mastery first(long studentId, long knowledgePoint, BktParameters parameters, Instant at) {
        return new Mastery(studentId, knowledgePoint, parameters.prior(), parameters.prior(), 0, 0, at);
    }

    Mastery after(BktParameters parameters, boolean answeredCorrectly, Instant at) {
        double next = MasteryUpdate.afterAnswer(parameters, probability, answeredCorrectly);
        return new Mastery(studentId, knowledgePoint, next, Math.max(peak, next), opportunities + 1,
                correct + (answeredCorrectly ? 1 : 0), at.isAfter(lastAnsweredAt) ? at : lastAnsweredAt);
    }

    public boolean mastered() {
        return MasteryUpdate.mastered(probability);
    }

    /** A fall of at least {@code drop} from the best mastery reached, after enough answers to mean something. */
    public boolean falling(double drop) {
        return opportunities >= 3 && peak - probability >= drop;
    }
}
