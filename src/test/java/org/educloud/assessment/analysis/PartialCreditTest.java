package org.educloud.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Items with partial credit: six students, three items worth 2, 3 and 4 points.
 *
 * <pre>
 *          I1/2 I2/3 I3/4  total
 *   S1       2    3    4     9
 *   S2       2    2    3     7
 *   S3       1    2    3     6
 *   S4       1    1    2     4
 *   S5       0    1    1     2
 *   S6       1    0    0     1
 *   mean   7/6  9/6 13/6   29/6
 *   σ²    17/36 33/36 65/36  281/36      (population variances)
 * </pre>
 */
class PartialCreditTest {

    private static final Offset<Double> EXACT = within(1e-12);
    private static final double[][] ROWS = {{2, 3, 4}, {2, 2, 3}, {1, 2, 3}, {1, 1, 2}, {0, 1, 1}, {1, 0, 0}};

    private final ItemAnalysis analysis = ItemAnalysis.of(ScoreSheet.fromRows(new double[] {2, 3, 4}, ROWS));

    @Test
    void difficulty_is_the_mean_score_over_the_maximum() {
        // I1: (7/6)/2 = 7/12; I2: (9/6)/3 = 1/2; I3: (13/6)/4 = 13/24
        assertThat(Values.of(analysis.items(), ItemStatistics::difficulty))
                .containsExactly(new double[] {7.0 / 12, 0.5, 13.0 / 24}, EXACT);
        assertThat(analysis.items()).allSatisfy(item -> assertThat(item.dichotomous()).isFalse());
    }

    @Test
    void cronbachs_alpha_uses_the_item_variances_and_kr20_is_not_defined() {
        // alpha = k/(k−1) · (1 − Σσ²_i / σ²_total) = 3/2 · (1 − (115/36) / (281/36)) = 3/2 · 166/281 = 249/281
        // = 0.88612… (python3 agrees)
        assertThat(analysis.test().alpha().orElseThrow()).isCloseTo(249.0 / 281, EXACT);
        assertThat(analysis.test().kr20().undefinedBecause()).isEqualTo(Undefined.NOT_ALL_DICHOTOMOUS);
    }

    @Test
    void discrimination_of_a_partial_credit_item_is_its_corrected_item_total_pearson_correlation() {
        // python3: Pearson of each item with total − item
        assertThat(Values.of(analysis.items(), ItemStatistics::itemRestCorrelation))
                .containsExactly(new double[] {0.6721716807933636, 0.9231861823449954, 0.9429903335828894}, EXACT);
    }

    @Test
    void the_upper_and_lower_index_compares_mean_shares_of_the_maximum() {
        // round(0.27 · 6) = 2: upper S1 S2 (9, 7), lower S5 S6 (2, 1).
        // I1: (2 + 2)/(2·2) − (0 + 1)/(2·2) = 1 − 1/4 = 3/4. I2: 5/6 − 1/6 = 2/3. I3: 7/8 − 1/8 = 3/4.
        assertThat(Values.of(analysis.items(), ItemStatistics::upperLowerIndex))
                .containsExactly(new double[] {0.75, 2.0 / 3, 0.75}, EXACT);
    }

    @Test
    void with_right_wrong_items_of_different_weights_kr20_is_the_reliability_of_the_number_right() {
        // The textbook matrix with item 1 worth 2 points: alpha sees the weighted total (python3: 0.68766…),
        // KR-20 still counts items right (0.71970…, unchanged).
        double[][] rows = new double[TextbookExampleTest.ROWS.length][];
        for (int s = 0; s < rows.length; s++) {
            rows[s] = TextbookExampleTest.ROWS[s].clone();
            rows[s][0] *= 2;
        }
        TestStatistics test = ItemAnalysis.of(ScoreSheet.fromRows(new double[] {2, 1, 1, 1, 1}, rows)).test();

        assertThat(test.alpha().orElseThrow()).isCloseTo(0.6876606683804626, EXACT);
        assertThat(test.kr20().orElseThrow()).isCloseTo(0.7196969696969696, EXACT);
    }
}
