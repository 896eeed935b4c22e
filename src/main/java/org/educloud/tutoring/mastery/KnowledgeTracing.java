package org.educloud.tutoring.mastery;

import java.time.Instant;
import org.educloud.tutoring.tracing.BktParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one scored answer to a student's mastery: logged once (a redelivered answer changes nothing), then
 * P(L) updated with the knowledge point's current parameters. An item tagged with several knowledge points is one
 * observation of each (docs/knowledge-tracing.md).
 */
@Service
public class KnowledgeTracing {

    private final MasteryStore store;

    KnowledgeTracing(MasteryStore store) {
        this.store = store;
    }

    /** @return the mastery after the answer, or the unchanged one when the answer was logged before */
    @Transactional
    public Mastery answered(long studentId, long knowledgePoint, String schoolPath, long itemId, boolean correct,
                            boolean practice, Instant answeredAt) {
        store.shareKnowledgePoint(knowledgePoint);
        BktParameters parameters = store.parameters(knowledgePoint);
        Mastery before = store.lock(studentId, knowledgePoint)
                .orElseGet(() -> Mastery.first(studentId, knowledgePoint, parameters, answeredAt));
        if (!store.log(studentId, knowledgePoint, schoolPath, itemId, correct, practice, answeredAt)) {
            return before;
        }
        Mastery after = before.after(parameters, correct, answeredAt);
        store.save(after, schoolPath);
        return after;
    }
}
