package org.educloud.tutoring.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Answers real classes produce and textbook data do not: everyone right, everyone wrong, one answer per student.
 * The fit must still return valid parameters (the record refuses NaN and guess or slip of one half or more).
 */
class DegenerateAnswersTest {

    private final BktFitter fitter = new BktFitter(FitSettings.STANDARD);

    @Test
    void aKnowledgePointEveryoneAnswersCorrectlyComesOutAsAlreadyMastered() {
        ResponseLog log = allAnswers(true);

        BktParameters fitted = fitter.fit(log, 0).parameters();

        assertThat(MasteryUpdate.chanceOfCorrect(fitted, fitted.prior())).isGreaterThan(0.95);
        assertThat(fitted.guess()).isLessThan(BktParameters.GUESS_AND_SLIP_BOUND);
    }

    @Test
    void aKnowledgePointEveryoneAnswersWronglyComesOutAsUnlearned() {
        ResponseLog log = allAnswers(false);

        BktParameters fitted = fitter.fit(log, 0).parameters();

        assertThat(MasteryUpdate.chanceOfCorrect(fitted, fitted.prior())).isLessThan(0.05);
        assertThat(fitted.slip()).isLessThan(BktParameters.GUESS_AND_SLIP_BOUND);
    }

    @Test
    void studentsWithOneAnswerEachStillGiveValidParameters() {
        ResponseLog log = SimulatedStudents.answering(BktParameters.of(0.4, 0.2, 0.2, 0.1), 300, 1, 8);

        FittedKnowledgePoint fit = fitter.fit(log, 0);

        assertThat(fit.source()).isEqualTo(FittedKnowledgePoint.Source.FITTED);
        assertThat(fit.logLikelihood()).isFinite().isNegative();
        // one answer per student: only the first-answer rate is identified, and the fit must reproduce it
        assertThat(MasteryUpdate.chanceOfCorrect(fit.parameters(), fit.parameters().prior()))
                .isCloseTo(0.4 * 0.9 + 0.6 * 0.2, org.assertj.core.api.Assertions.within(0.06));
    }

    private static ResponseLog allAnswers(boolean correct) {
        ResponseLog.Builder log = ResponseLog.builder(1);
        for (int student = 0; student < 100; student++) {
            for (int t = 0; t < 10; t++) {
                log.add(0, student, correct);
            }
        }
        return log.build();
    }
}
