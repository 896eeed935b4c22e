package org.educloud.tutoring.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Forecasts of a fitted model on students it has not seen, and the two figures that score them. */
class PredictionTest {

    @Test
    void aModelFittedOnSomeStudentsForecastsOthersAsWellAsTheTrueParametersDo() {
        List<BktParameters> truth = List.of(BktParameters.of(0.3, 0.1, 0.2, 0.1), BktParameters.of(0.5, 0.2, 0.1, 0.1));
        ResponseLog training = SimulatedStudents.answering(truth, 400, 20, 11);
        ResponseLog heldOut = SimulatedStudents.answering(truth, 100, 20, 12);

        List<BktParameters> fitted = new BktFitter(FitSettings.STANDARD).fitAll(training).stream()
                .map(FittedKnowledgePoint::parameters).toList();
        PredictionQuality ofFit = PredictionQuality.of(heldOut, Forecasts.beforeEachAnswer(heldOut, fitted));
        PredictionQuality ofTruth = PredictionQuality.of(heldOut, Forecasts.beforeEachAnswer(heldOut, truth));

        assertThat(ofFit.answers()).isEqualTo(4000);
        assertThat(ofFit.auc()).isGreaterThan(0.75).isCloseTo(ofTruth.auc(), within(0.01));
        assertThat(ofFit.rmse()).isCloseTo(ofTruth.rmse(), within(0.005));
    }

    @Test
    void theFirstForecastOfEveryStudentIsTheChanceOfCorrectAtThePrior() {
        BktParameters p = BktParameters.DEFAULTS;
        ResponseLog log = ResponseLog.builder(1).add(0, 0, true).add(0, 0, true).add(0, 1, false).build();

        double[] forecasts = Forecasts.beforeEachAnswer(log, List.of(p));

        assertThat(forecasts[0]).isCloseTo(0.41, within(1e-12));
        assertThat(forecasts[1]).isCloseTo(MasteryUpdate.chanceOfCorrect(p, 28.4 / 41.0), within(1e-12));
        assertThat(forecasts[2]).isCloseTo(0.41, within(1e-12));
    }

    @Test
    void aucCountsTheCorrectWrongPairsInTheRightOrderAndRmseTheSquaredErrors() {
        // answers in order: correct 0.9, wrong 0.8, correct 0.7, wrong 0.2 -> pairs (0.9>0.8, 0.9>0.2, 0.7<0.8, 0.7>0.2)
        ResponseLog log = ResponseLog.builder(1).add(0, 0, true).add(0, 0, false).add(0, 0, true).add(0, 0, false)
                .build();

        PredictionQuality quality = PredictionQuality.of(log, new double[] {0.9, 0.8, 0.7, 0.2});

        assertThat(quality.auc()).isCloseTo(0.75, within(1e-12));
        assertThat(quality.rmse()).isCloseTo(Math.sqrt((0.01 + 0.64 + 0.09 + 0.04) / 4), within(1e-12));
    }

    @Test
    void tiedForecastsCountOneHalf() {
        ResponseLog log = ResponseLog.builder(1).add(0, 0, true).add(0, 0, false).build();

        assertThat(PredictionQuality.of(log, new double[] {0.5, 0.5}).auc()).isCloseTo(0.5, within(1e-12));
    }
}
