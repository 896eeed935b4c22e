package org.educloud.tutoring.mastery;

import org.educloud.assessment.ItemAnswered;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows every quiz answer the assessment module scores: each is an observation of the item's knowledge points.
 * Runs after the answer's transaction commits, and again after a restart if it had not finished (the event
 * publication registry), which the response log's natural key makes harmless.
 */
@Component
class AnswersToMastery {

    private final KnowledgeTracing tracing;
    private final TenancyManagement tenancy;

    AnswersToMastery(KnowledgeTracing tracing, TenancyManagement tenancy) {
        this.tracing = tracing;
        this.tenancy = tenancy;
    }

    @ApplicationModuleListener
    void on(ItemAnswered answer) {
        String schoolPath = tenancy.find(answer.school()).map(s -> s.path().value()).orElse(null);
        if (schoolPath == null) {
            return;
        }
        for (long knowledgePoint : answer.knowledgePoints()) {
            tracing.answered(answer.studentId(), knowledgePoint, schoolPath, answer.itemId(), answer.correct(),
                    answer.practice(), answer.answeredAt());
        }
    }
}
