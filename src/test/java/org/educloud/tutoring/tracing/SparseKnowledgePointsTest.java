package org.educloud.tutoring.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A knowledge point that few students have practised is not fitted, or only nudged away from the defaults. */
class SparseKnowledgePointsTest {

    private static final BktParameters TRUTH = BktParameters.of(0.7, 0.3, 0.05, 0.02);

    @Test
    void belowTheMinimumNumberOfStudentsAKnowledgePointKeepsTheDefaults() {
        ResponseLog log = SimulatedStudents.answering(TRUTH, 9, 20, 1);   // 180 answers, but only 9 students

        FittedKnowledgePoint fit = new BktFitter(FitSettings.STANDARD).fit(log, 0);

        assertThat(fit.source()).isEqualTo(FittedKnowledgePoint.Source.FALLBACK);
        assertThat(fit.parameters()).isEqualTo(BktParameters.DEFAULTS);
        assertThat(fit.students()).isEqualTo(9);
        assertThat(fit.iterations()).isZero();
    }

    @Test
    void belowTheMinimumNumberOfAnswersAKnowledgePointKeepsTheDefaults() {
        ResponseLog log = SimulatedStudents.answering(TRUTH, 40, 1, 1);   // 40 students, one answer each

        FittedKnowledgePoint fit = new BktFitter(FitSettings.STANDARD).fit(log, 0);

        assertThat(fit.source()).isEqualTo(FittedKnowledgePoint.Source.FALLBACK);
    }

    @Test
    void aKnowledgePointNobodyAnsweredKeepsTheDefaults() {
        ResponseLog log = ResponseLog.builder(2).add(1, 0, true).build();

        assertThat(new BktFitter(FitSettings.STANDARD).fit(log, 0).parameters()).isEqualTo(BktParameters.DEFAULTS);
    }

    @Test
    void justAboveTheMinimumsTheFitIsShrunkTowardTheDefaults() {
        ResponseLog log = SimulatedStudents.answering(TRUTH, 12, 5, 3);   // 60 answers of 12 students

        FittedKnowledgePoint shrunk = new BktFitter(FitSettings.STANDARD.withShrinkage(20)).fit(log, 0);
        FittedKnowledgePoint unshrunk = new BktFitter(FitSettings.STANDARD.withShrinkage(0)).fit(log, 0);

        assertThat(shrunk.source()).isEqualTo(FittedKnowledgePoint.Source.FITTED);
        assertThat(shrunk.parameters().distanceTo(BktParameters.DEFAULTS))
                .isLessThan(unshrunk.parameters().distanceTo(BktParameters.DEFAULTS));
    }

    @Test
    void withPlentyOfDataTheShrinkageNoLongerMatters() {
        ResponseLog log = SimulatedStudents.answering(TRUTH, 500, 20, 4);

        FittedKnowledgePoint shrunk = new BktFitter(FitSettings.STANDARD).fit(log, 0);
        FittedKnowledgePoint unshrunk = new BktFitter(FitSettings.STANDARD.withShrinkage(0)).fit(log, 0);

        assertThat(shrunk.parameters().distanceTo(unshrunk.parameters())).isLessThan(0.01);
        assertThat(shrunk.parameters().distanceTo(TRUTH)).isLessThan(0.05);
    }
}
