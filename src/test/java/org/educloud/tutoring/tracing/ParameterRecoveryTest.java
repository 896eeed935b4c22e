package org.educloud.tutoring.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Correctness shown, not claimed (issue 28): answers are drawn from known parameters, 500 students with 20
 * opportunities each (10,000 answers, a fixed seed), and the fit must find every probability again within
 * {@value #TOLERANCE}. At this size the sampling error of a maximum-likelihood estimate is about 0.01–0.02, so the
 * tolerance leaves room for noise but not for a wrong update rule or M-step.
 */
class ParameterRecoveryTest {

    private static final double TOLERANCE = 0.05;
    private static final int STUDENTS = 500;
    private static final int OPPORTUNITIES = 20;

    static Stream<Arguments> knownParameters() {
        return Stream.of(
                Arguments.of("the defaults", BktParameters.of(0.3, 0.1, 0.2, 0.1)),
                Arguments.of("a known topic, learned fast", BktParameters.of(0.6, 0.2, 0.15, 0.05)),
                Arguments.of("a hard topic with noisy answers", BktParameters.of(0.1, 0.05, 0.3, 0.2)),
                Arguments.of("a half-known topic, low guess", BktParameters.of(0.5, 0.3, 0.1, 0.15)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownParameters")
    void standardBktRecoversThePriorLearnGuessAndSlipItWasGeneratedWith(String topic, BktParameters truth) {
        ResponseLog log = SimulatedStudents.answering(truth, STUDENTS, OPPORTUNITIES, 2026);

        FittedKnowledgePoint fit = new BktFitter(FitSettings.STANDARD).fit(log, 0);

        assertThat(fit.source()).isEqualTo(FittedKnowledgePoint.Source.FITTED);
        assertThat(fit.parameters().distanceTo(truth)).as("%s fitted as %s", topic, fit.parameters())
                .isLessThan(TOLERANCE);
        assertThat(fit.parameters().withoutForgetting()).isTrue();
    }

    @ParameterizedTest(name = "forget {0}")
    @MethodSource("forgetRates")
    void withForgettingOnTheForgetRateIsRecoveredToo(double forget) {
        BktParameters truth = new BktParameters(0.3, 0.15, 0.2, 0.1, forget);
        ResponseLog log = SimulatedStudents.answering(truth, STUDENTS, OPPORTUNITIES, 2027);

        FittedKnowledgePoint fit = new BktFitter(FitSettings.STANDARD.withForgetting(true)).fit(log, 0);

        assertThat(fit.parameters().distanceTo(truth)).as("fitted as %s", fit.parameters()).isLessThan(TOLERANCE);
    }

    static Stream<Double> forgetRates() {
        return Stream.of(0.02, 0.1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownParameters")
    void fittingManyKnowledgePointsInParallelGivesWhatFittingEachAloneGives(String topic, BktParameters truth) {
        List<BktParameters> points = List.of(truth, BktParameters.DEFAULTS, truth);
        ResponseLog log = SimulatedStudents.answering(points, 200, 10, 5);
        BktFitter fitter = new BktFitter(FitSettings.STANDARD);

        List<FittedKnowledgePoint> together = fitter.fitAll(log);

        for (int k = 0; k < points.size(); k++) {
            assertThat(together.get(k)).isEqualTo(fitter.fit(log, k));
        }
    }
}
