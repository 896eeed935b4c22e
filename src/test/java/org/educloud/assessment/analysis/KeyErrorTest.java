package org.educloud.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The textbook matrix plus a sixth item, a single choice A–D whose key was entered as C while B is right. The strong
 * students choose B and are marked wrong; the weak ones guess C and are marked right.
 *
 * <pre>
 *             S1 S2 S3 S4 S5 S6 S7 S8 S9 S10
 *   chose     B  B  B  B  C  A  C  C  C  C
 *   I6 score  0  0  0  0  1  0  1  1  1  1
 *   total     5  4  4  3  4  2  3  2  1  1
 * </pre>
 */
class KeyErrorTest {

    private static final Offset<Double> EXACT = within(1e-12);
    private static final List<String> CHOSEN = List.of("B", "B", "B", "B", "C", "A", "C", "C", "C", "C");

    private final ItemAnalysis analysis = ItemAnalysis.of(sheetWithWrongKey());

    @Test
    void an_item_with_a_wrong_key_discriminates_negatively_and_asks_for_the_key_to_be_checked() {
        ItemStatistics wrongKey = analysis.item(6);

        // python3, Pearson of I6 with the rest score 5 4 4 3 3 2 2 1 0 0 (the textbook totals): −0.73854…
        assertThat(wrongKey.itemRestCorrelation().orElseThrow()).isCloseTo(-0.7385489458759965, EXACT);
        assertThat(wrongKey.upperLowerIndex().orElseThrow()).isNegative();
        assertThat(wrongKey.grade()).contains(DiscriminationGrade.NEGATIVE);
        assertThat(wrongKey.flags()).contains(ItemFlag.NEGATIVE_DISCRIMINATION)
                .doesNotContain(ItemFlag.WEAK_DISCRIMINATION);
    }

    @Test
    void students_tied_at_a_cut_share_the_places_left_in_the_group() {
        // Totals descending: 5 (S1), then 4 4 4 (S2 S3 S5) for the two places left of g = 3: each weighs 2/3.
        //   p_upper = (1·0 + 2/3·(0 + 0 + 1)) / 3 = 2/9.
        // Ascending: 1 1 (S9 S10), then 2 2 (S6 S8) for the one place left: each weighs 1/2.
        //   p_lower = (1 + 1 + 1/2·0 + 1/2·1) / 3 = 5/6.     D = 2/9 − 5/6 = −11/18.
        ItemStatistics wrongKey = analysis.item(6);
        assertThat(wrongKey.upperDifficulty().orElseThrow()).isCloseTo(2.0 / 9, EXACT);
        assertThat(wrongKey.lowerDifficulty().orElseThrow()).isCloseTo(5.0 / 6, EXACT);
        assertThat(wrongKey.upperLowerIndex().orElseThrow()).isCloseTo(-11.0 / 18, EXACT);
    }

    @Test
    void distractor_shares_show_the_right_answer_drawing_the_upper_group() {
        // Overall: A 1/10, B 4/10, C 5/10, D 0.
        // Upper (S1 ×1, S2 S3 S5 ×2/3): B = (1 + 2/3 + 2/3) / 3 = 7/9, C = (2/3) / 3 = 2/9.
        // Lower (S9 S10 ×1, S6 S8 ×1/2): C = (1 + 1 + 1/2) / 3 = 5/6, A = (1/2) / 3 = 1/6.
        List<OptionShare> options = analysis.item(6).options();
        assertThat(options).extracting(OptionShare::option).containsExactly("A", "B", "C", "D");
        assertThat(options).extracting(OptionShare::chosenBy).containsExactly(1, 4, 5, 0);
        assertThat(Values.of(options, OptionShare::share)).containsExactly(new double[] {0.1, 0.4, 0.5, 0}, EXACT);
        assertThat(Values.of(options, OptionShare::upperShare))
                .containsExactly(new double[] {0, 7.0 / 9, 2.0 / 9, 0}, EXACT);
        assertThat(Values.of(options, OptionShare::lowerShare))
                .containsExactly(new double[] {1.0 / 6, 0, 5.0 / 6, 0}, EXACT);
    }

    @Test
    void a_distractor_drawing_the_upper_group_and_one_nobody_chose_are_flagged() {
        ItemStatistics wrongKey = analysis.item(6);
        OptionShare b = wrongKey.options().get(1);
        OptionShare d = wrongKey.options().get(3);
        OptionShare a = wrongKey.options().get(0);

        assertThat(b.attractsUpperGroup()).isTrue();
        assertThat(d.neverChosen()).isTrue();
        assertThat(a.attractsUpperGroup()).as("A draws the lower group, as a distractor should").isFalse();
        assertThat(wrongKey.options().get(2).attractsUpperGroup()).as("the key is no distractor").isFalse();
        assertThat(wrongKey.flags())
                .contains(ItemFlag.DISTRACTOR_ATTRACTS_UPPER_GROUP, ItemFlag.DISTRACTOR_NEVER_CHOSEN);
    }

    @Test
    void the_wrong_key_drags_the_reliability_down() {
        // python3: alpha = KR-20 = 0.22721893…, against 0.7197 for the five good items alone
        assertThat(analysis.test().alpha().orElseThrow()).isCloseTo(0.22721893491124281, EXACT);
        assertThat(analysis.test().kr20().orElseThrow()).isCloseTo(0.22721893491124281, EXACT);
    }

    private static ScoreSheet sheetWithWrongKey() {
        double[][] rows = TextbookExampleTest.ROWS;
        ScoreSheet.Builder sheet = ScoreSheet.builder(rows.length);
        for (int i = 0; i < 5; i++) {
            sheet.item(i + 1, 1);
        }
        int wrongKey = sheet.choiceItem(6, 1, List.of("A", "B", "C", "D"), Set.of("C"));
        for (int s = 0; s < rows.length; s++) {
            for (int i = 0; i < 5; i++) {
                sheet.score(s, i, rows[s][i]);
            }
            String choice = CHOSEN.get(s);
            sheet.choose(s, wrongKey, List.of(choice)).score(s, wrongKey, choice.equals("C") ? 1 : 0);
        }
        return sheet.build();
    }
}
