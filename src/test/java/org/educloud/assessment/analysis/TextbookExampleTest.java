package org.educloud.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Ten students, five right/wrong items, every figure worked out by hand below (and checked with plain python3; the
 * printed values are pasted). The matrix is nearly a Guttman scale, so every item discriminates well.
 *
 * <pre>
 *            I1 I2 I3 I4 I5  total
 *   S1        1  1  1  1  1    5
 *   S2        1  1  1  1  0    4
 *   S3        1  1  1  0  1    4
 *   S4        1  1  0  1  0    3
 *   S5        1  0  1  0  1    3
 *   S6        1  1  0  0  0    2
 *   S7        0  1  1  0  0    2
 *   S8        1  0  0  0  0    1
 *   S9        0  0  0  0  0    0
 *   S10       0  0  0  0  0    0
 *   p        .7 .6 .5 .3 .3
 * </pre>
 */
class TextbookExampleTest {

    static final double[][] ROWS = {
            {1, 1, 1, 1, 1}, {1, 1, 1, 1, 0}, {1, 1, 1, 0, 1}, {1, 1, 0, 1, 0}, {1, 0, 1, 0, 1},
            {1, 1, 0, 0, 0}, {0, 1, 1, 0, 0}, {1, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}};
    static final double[] ONE_POINT_EACH = {1, 1, 1, 1, 1};
    private static final Offset<Double> EXACT = within(1e-12);

    private final ItemAnalysis analysis = ItemAnalysis.of(ScoreSheet.fromRows(ONE_POINT_EACH, ROWS));

    @Test
    void difficulty_is_the_share_of_students_who_got_the_item_right() {
        assertThat(Values.of(analysis.items(), ItemStatistics::difficulty))
                .containsExactly(new double[] {0.7, 0.6, 0.5, 0.3, 0.3}, EXACT);
    }

    @Test
    void the_corrected_point_biserial_correlates_the_item_with_the_total_without_it() {
        // Item 3, rest scores (total − I3): S1..S10 = 4 3 3 3 2 2 1 1 0 0, mean 1.9, population SD √1.69 = 1.3.
        // Right (S1 S2 S3 S5 S7): mean rest 13/5 = 2.6. Wrong (S4 S6 S8 S9 S10): 6/5 = 1.2.
        // r_pb = (M_p − M_q) / S · √(pq) = (2.6 − 1.2) / 1.3 · √(.5 · .5) = 7/13 = 0.538461…
        assertThat(analysis.item(3).itemRestCorrelation().orElseThrow()).isCloseTo(7.0 / 13, EXACT);
        // the others by the same formula (python3: (Mp - Mq) / S * sqrt(p * q) on the rest score)
        assertThat(analysis.item(1).itemRestCorrelation().orElseThrow()).isCloseTo(0.5028202492983415, EXACT);
        assertThat(analysis.item(2).itemRestCorrelation().orElseThrow()).isCloseTo(0.4923659639173309, EXACT);
        assertThat(analysis.item(4).itemRestCorrelation().orElseThrow()).isCloseTo(0.4285714285714285, EXACT);
        assertThat(analysis.item(5).itemRestCorrelation().orElseThrow()).isCloseTo(0.4285714285714285, EXACT);
    }

    @Test
    void the_upper_and_lower_27_percent_are_the_top_three_and_bottom_three_of_ten() {
        // round(0.27 · 10) = 3: upper S1 S2 S3 (totals 5 4 4), lower S8 S9 S10 (1 0 0); no ties at either cut.
        // I1: upper 3/3, lower 1/3 → D = 2/3. I2 and I3: 3/3 − 0/3 = 1. I4: S1 S2 right → 2/3 − 0 = 2/3.
        ItemStatistics first = analysis.item(1);
        assertThat(first.upperDifficulty().orElseThrow()).isCloseTo(1.0, EXACT);
        assertThat(first.lowerDifficulty().orElseThrow()).isCloseTo(1.0 / 3, EXACT);
        assertThat(Values.of(analysis.items(), ItemStatistics::upperLowerIndex))
                .containsExactly(new double[] {2.0 / 3, 1, 1, 2.0 / 3, 2.0 / 3}, EXACT);
        assertThat(analysis.items()).allSatisfy(item ->
                assertThat(item.grade()).contains(DiscriminationGrade.VERY_GOOD));
    }

    @Test
    void kr20_of_right_wrong_items_equals_cronbachs_alpha() {
        // Σpq = .21 + .24 + .25 + .21 + .21 = 1.12; totals 5 4 4 3 3 2 2 1 0 0: mean 2.4, σ² = 26.4/10 = 2.64.
        // KR-20 = 5/4 · (1 − 1.12 / 2.64) = 0.7196969…; alpha uses the item variances, which are the same pq.
        TestStatistics test = analysis.test();
        assertThat(test.kr20().orElseThrow()).isCloseTo(0.7196969696969696, EXACT);
        assertThat(test.alpha().orElseThrow()).isCloseTo(test.kr20().orElseThrow(), EXACT);
    }

    @Test
    void mean_spread_and_standard_error_of_measurement_follow_from_the_totals() {
        // SD = √2.64 = 1.6248…; SEM = SD · √(1 − alpha) = 1.6248 · √0.2803 = 0.8602…
        TestStatistics test = analysis.test();
        assertThat(test.students()).isEqualTo(10);
        assertThat(test.items()).isEqualTo(5);
        assertThat(test.maxTotal()).isEqualTo(5);
        assertThat(test.mean().orElseThrow()).isCloseTo(2.4, EXACT);
        assertThat(test.standardDeviation().orElseThrow()).isCloseTo(1.624807680927192, EXACT);
        assertThat(test.standardError().orElseThrow()).isCloseTo(0.8602325267042629, EXACT);
    }

    @Test
    void the_distribution_counts_totals_in_equal_bars_with_the_maximum_in_the_last() {
        TestStatistics test = ItemAnalysis.of(ScoreSheet.fromRows(ONE_POINT_EACH, ROWS), 5).test();

        assertThat(test.distribution()).extracting(ScoreBucket::students).containsExactly(2, 1, 2, 2, 3);
        assertThat(test.distribution().getFirst()).isEqualTo(new ScoreBucket(0, 1, 2));
        assertThat(test.distribution().getLast()).isEqualTo(new ScoreBucket(4, 5, 3));
        assertThat(analysis.test().distribution()).as("ten bars by default").hasSize(10)
                .extracting(ScoreBucket::students).containsExactly(2, 0, 1, 0, 2, 0, 2, 0, 2, 1);
    }

    @Test
    void a_good_item_raises_no_flag() {
        assertThat(analysis.items()).allSatisfy(item -> assertThat(item.flags()).isEmpty());
        assertThat(analysis.items()).allSatisfy(item -> assertThat(item.answered()).isEqualTo(10));
        assertThat(analysis.items()).allSatisfy(item -> assertThat(item.dichotomous()).isTrue());
    }
}
