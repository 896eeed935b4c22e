package org.educloud.tutoring.mastery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.educloud.tutoring.tracing.BktParameters;
import org.educloud.tutoring.tracing.MasteryUpdate;
import org.junit.jupiter.api.Test;

/**
 * A student's mastery of one knowledge point as answers arrive: it starts at the prior, each answer is one more
 * opportunity, the peak is kept so that a fall from it can be warned about, and a late answer does not move the time
 * of the last one back.
 */
class MasteryTest {

    private static final BktParameters P = BktParameters.DEFAULTS;
    private static final Instant MONDAY = Instant.parse("2026-10-12T02:00:00Z");
    private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);

    @Test
    void beforeAnyAnswerMasteryIsTheKnowledgePointsPrior() {
        Mastery first = Mastery.first(7, 42, P, MONDAY);

        assertThat(first.probability()).isEqualTo(P.prior());
        assertThat(first.peak()).isEqualTo(P.prior());
        assertThat(first.opportunities()).isZero();
    }

    @Test
    void eachAnswerIsOneOpportunityAndMovesMasteryByTheTracingStep() {
        Mastery right = Mastery.first(7, 42, P, MONDAY).after(P, true, MONDAY);
        Mastery wrong = right.after(P, false, TUESDAY);

        assertThat(right.probability()).isEqualTo(MasteryUpdate.afterAnswer(P, P.prior(), true));
        assertThat(wrong.probability()).isEqualTo(MasteryUpdate.afterAnswer(P, right.probability(), false));
        assertThat(wrong.opportunities()).isEqualTo(2);
        assertThat(wrong.correct()).isEqualTo(1);
    }

    @Test
    void thePeakIsTheHighestMasteryReached() {
        Mastery high = Mastery.first(7, 42, P, MONDAY).after(P, true, MONDAY).after(P, true, MONDAY);
        Mastery fallen = high.after(P, false, TUESDAY);

        assertThat(fallen.probability()).isLessThan(high.probability());
        assertThat(fallen.peak()).isEqualTo(high.probability());
    }

    @Test
    void aFallCountsOnlyAfterThreeAnswersAndOnlyWhenItIsAtLeastTheDropAsked() {
        Mastery twoAnswers = new Mastery(7, 42, 0.4, 0.8, 2, 1, MONDAY);
        Mastery threeAnswers = new Mastery(7, 42, 0.4, 0.8, 3, 2, MONDAY);

        assertThat(twoAnswers.falling(0.2)).as("too few answers to mean something").isFalse();
        assertThat(threeAnswers.falling(0.2)).isTrue();
        assertThat(threeAnswers.falling(0.5)).as("a fall of 0.4 is less than 0.5").isFalse();
    }

    @Test
    void anAnswerDeliveredLateDoesNotMoveTheLastAnswerBack() {
        Mastery answeredTuesday = Mastery.first(7, 42, P, TUESDAY).after(P, true, TUESDAY);

        assertThat(answeredTuesday.after(P, true, MONDAY).lastAnsweredAt()).isEqualTo(TUESDAY);
    }

    @Test
    void masteryIsReachedAtTheThreshold() {
        assertThat(new Mastery(7, 42, MasteryUpdate.MASTERY_THRESHOLD, 0.95, 5, 5, MONDAY).mastered()).isTrue();
        assertThat(new Mastery(7, 42, 0.94, 0.94, 5, 5, MONDAY).mastered()).isFalse();
    }
}
