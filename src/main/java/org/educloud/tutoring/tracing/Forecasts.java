package org.educloud.tutoring.tracing;

import java.util.List;

/**
 * One-step-ahead forecasts: for every answer of a log, the probability that it is correct as the model saw it just
 * before, from that student's earlier answers on the same knowledge point only. This is how BKT is evaluated on
 * held-out students (and how the online update behaves), so the forecasts never look at the answer they forecast.
 */
public final class Forecasts {

    private Forecasts() {
    }

    /**
     * Forecasts for every answer of the log, indexed like the log's responses, with each knowledge point's
     * parameters taken from {@code perKnowledgePoint} (indexed like the log's knowledge points).
     */
    public static double[] beforeEachAnswer(ResponseLog log, List<BktParameters> perKnowledgePoint) {
        if (perKnowledgePoint.size() != log.knowledgePoints()) {
            throw new IllegalArgumentException("one parameter set per knowledge point: " + log.knowledgePoints()
                    + " knowledge points, " + perKnowledgePoint.size() + " parameter sets");
        }
        double[] forecasts = new double[log.responses()];
        for (int k = 0; k < log.knowledgePoints(); k++) {
            beforeEachAnswer(log, k, perKnowledgePoint.get(k), forecasts);
        }
        return forecasts;
    }

    /** Writes the forecasts of one knowledge point's answers into {@code into}, at the answers' log indexes. */
    public static void beforeEachAnswer(ResponseLog log, int knowledgePoint, BktParameters parameters,
            double[] into) {
        for (int s = log.sequenceStart(knowledgePoint); s < log.sequenceEnd(knowledgePoint); s++) {
            double mastery = parameters.prior();
            for (int r = log.responseStart(s); r < log.responseEnd(s); r++) {
                into[r] = MasteryUpdate.chanceOfCorrect(parameters, mastery);
                mastery = MasteryUpdate.afterAnswer(parameters, mastery, log.correct(r));
            }
        }
    }
}
