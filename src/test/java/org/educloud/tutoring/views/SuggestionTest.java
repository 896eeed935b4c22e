package org.educloud.tutoring.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.educloud.library.KnowledgePointView;
import org.educloud.library.Subject;
import org.educloud.tenancy.Stage;
import org.educloud.tutoring.mastery.Mastery;
import org.educloud.tutoring.views.MasteryReading.PointMastery;
import org.junit.jupiter.api.Test;

/**
 * The knowledge point a student's map suggests practising next: the weakest one not yet mastered whose earlier
 * siblings in the unit (the catalogue's order is the teaching order) are all mastered; none when everything answered
 * on is mastered.
 */
class SuggestionTest {

    private static final long FRACTIONS = 1;
    private static final long DECIMALS = 2;

    @Test
    void theNextPointOfAUnitIsSuggestedOnceTheEarlierOnesAreMastered() {
        PointMastery first = point(FRACTIONS, 10, 0.97);
        PointMastery second = point(FRACTIONS, 11, 0.6);
        PointMastery third = point(FRACTIONS, 12, 0.4);

        assertThat(MasteryReading.suggestion(List.of(first, second, third))).isSameAs(second);
    }

    @Test
    void aPointWaitsForTheEarlierPointsOfItsUnitEvenWhenItIsWeaker() {
        PointMastery first = point(FRACTIONS, 10, 0.5);
        PointMastery second = point(FRACTIONS, 11, 0.2);

        assertThat(MasteryReading.suggestion(List.of(first, second))).isSameAs(first);
    }

    @Test
    void acrossUnitsTheWeakestPointThatIsReadyIsSuggested() {
        PointMastery fractions = point(FRACTIONS, 10, 0.5);
        PointMastery decimals = point(DECIMALS, 20, 0.3);

        assertThat(MasteryReading.suggestion(List.of(fractions, decimals))).isSameAs(decimals);
    }

    @Test
    void nothingIsSuggestedWhenEveryPointIsMastered() {
        assertThat(MasteryReading.suggestion(List.of(point(FRACTIONS, 10, 0.96), point(FRACTIONS, 11, 0.99))))
                .isNull();
    }

    private static PointMastery point(long unit, long id, double probability) {
        return new PointMastery(new KnowledgePointView(id, Subject.MATHEMATICS, Stage.PRIMARY, "KP" + id, "知识点" + id,
                unit, 2), new Mastery(5, id, probability, probability, 4, 2, Instant.parse("2026-10-12T02:00:00Z")));
    }
}
