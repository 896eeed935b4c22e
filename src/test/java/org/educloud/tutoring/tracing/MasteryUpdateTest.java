package org.educloud.tutoring.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The online step, against values computed by hand from the defaults (prior 0.3, learn 0.1, guess 0.2, slip 0.1).
 */
class MasteryUpdateTest {

    private static final BktParameters P = BktParameters.DEFAULTS;
    private static final org.assertj.core.data.Offset<Double> EXACTLY = within(1e-12);

    @Test
    void aStudentAtThePriorAnswersCorrectlyWithProbabilityKnownTimesNoSlipPlusUnknownTimesGuess() {
        // 0.3 * 0.9 + 0.7 * 0.2
        assertThat(MasteryUpdate.chanceOfCorrect(P, 0.3)).isCloseTo(0.41, EXACTLY);
    }

    @Test
    void aCorrectAnswerRaisesMasteryByBayesRuleThenTheLearnTransition() {
        // posterior 0.27 / 0.41 = 27/41; then 27/41 + (14/41) * 0.1 = 28.4/41
        assertThat(MasteryUpdate.posterior(P, 0.3, true)).isCloseTo(27.0 / 41.0, EXACTLY);
        assertThat(MasteryUpdate.afterAnswer(P, 0.3, true)).isCloseTo(28.4 / 41.0, EXACTLY);
    }

    @Test
    void aWrongAnswerLowersMasteryButTheOpportunityToLearnStillCounts() {
        // posterior 0.03 / (0.03 + 0.56) = 3/59; then 3/59 + (56/59) * 0.1 = 8.6/59
        assertThat(MasteryUpdate.posterior(P, 0.3, false)).isCloseTo(3.0 / 59.0, EXACTLY);
        assertThat(MasteryUpdate.afterAnswer(P, 0.3, false)).isCloseTo(8.6 / 59.0, EXACTLY);
    }

    @Test
    void withForgettingALearnedStudentMayFallBack() {
        BktParameters forgetful = new BktParameters(0.3, 0.1, 0.2, 0.1, 0.2);
        // 0.9 stay learned with 0.8, 0.1 learn with 0.1
        assertThat(MasteryUpdate.transition(forgetful, 0.9)).isCloseTo(0.73, EXACTLY);
        assertThat(MasteryUpdate.transition(P, 0.9)).isCloseTo(0.91, EXACTLY);
        assertThat(MasteryUpdate.transition(forgetful, 1.0)).isCloseTo(0.8, EXACTLY);
    }

    @Test
    void withTheDefaultsThreeCorrectAnswersInARowReachMasteryAndThreeWrongOnesStayLow() {
        double mastery = P.prior();
        for (int i = 0; i < 2; i++) {
            mastery = MasteryUpdate.afterAnswer(P, mastery, true);
        }
        assertThat(MasteryUpdate.mastered(mastery)).isFalse();
        mastery = MasteryUpdate.afterAnswer(P, mastery, true);
        assertThat(MasteryUpdate.mastered(mastery)).isTrue();

        double struggling = P.prior();
        for (int i = 0; i < 3; i++) {
            struggling = MasteryUpdate.afterAnswer(P, struggling, false);
        }
        assertThat(struggling).isLessThan(0.2);
    }

    @Test
    void anAnswerTheParametersCallImpossibleLeavesMasteryAsItWas() {
        BktParameters neverGuesses = BktParameters.of(0.0, 0.1, 0.0, 0.1);
        assertThat(MasteryUpdate.posterior(neverGuesses, 0.0, true)).isEqualTo(0.0);
    }

    @Test
    void theUpdateAllocatesNothingSoItCanRunForEveryAnswer() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        double mastery = runUpdates(P.prior(), 10_000);   // warm up
        long before = threads.getThreadAllocatedBytes(thread);
        mastery = runUpdates(mastery, 1_000_000);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(mastery).isBetween(0.0, 1.0);
        // a boxed double or a record per update would be at least 16 MB here
        assertThat(allocated).isLessThan(64 * 1024);
    }

    private static double runUpdates(double start, int answers) {
        double mastery = start;
        for (int i = 0; i < answers; i++) {
            mastery = MasteryUpdate.afterAnswer(P, mastery, (i & 3) != 0);
        }
        return mastery;
    }
}
