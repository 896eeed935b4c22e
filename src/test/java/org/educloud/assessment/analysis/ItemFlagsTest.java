package org.educloud.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The flags and Ebel's grades with the bounds of {@link Thresholds}. Twenty students; three anchor items give
 * them a spread (right for the first 15, 10 and 5 students), then an easy item everyone but the last got right,
 * a hard one only the first two got, and one the even-numbered students got whatever their ability.
 */
class ItemFlagsTest {

    private final ItemAnalysis analysis = ItemAnalysis.of(sheet());

    @Test
    void good_anchor_items_raise_no_flag() {
        assertThat(analysis.items().subList(0, 3)).allSatisfy(item -> assertThat(item.flags()).isEmpty());
    }

    @Test
    void an_item_almost_everyone_got_right_is_too_easy() {
        // p = 19/20 = 0.95 > 0.90. Lower group (g = 5): S20 (0), S16 S18 (1) and half each of S12 S14 S17 S19
        // (2, tied for two places): 4/5 right, so D = 1 − 0.8 = 0.20 exactly: marginal, not weak.
        ItemStatistics easy = analysis.item(4);
        assertThat(easy.difficulty().orElseThrow()).isEqualTo(0.95);
        assertThat(easy.upperLowerIndex().orElseThrow()).isCloseTo(0.2, within(1e-12));
        assertThat(easy.grade()).contains(DiscriminationGrade.MARGINAL);
        assertThat(easy.flags()).containsExactly(ItemFlag.TOO_EASY);
    }

    @Test
    void an_item_almost_nobody_got_right_is_too_hard() {
        ItemStatistics hard = analysis.item(5);
        assertThat(hard.difficulty().orElseThrow()).isEqualTo(0.1);
        assertThat(hard.flags()).containsExactly(ItemFlag.TOO_HARD);
    }

    @Test
    void either_discrimination_index_below_the_floor_flags_the_item_as_weak() {
        // python3: the corrected r of the even/odd item is 0.1104; D, which counts the item in the total that forms
        // the groups, is 8/15 = 0.53 on this short test. The page shows both; the flag takes the weaker.
        ItemStatistics unrelated = analysis.item(6);
        assertThat(unrelated.itemRestCorrelation().orElseThrow()).isCloseTo(0.11035678391665646, within(1e-12));
        assertThat(unrelated.upperLowerIndex().orElseThrow()).isCloseTo(8.0 / 15, within(1e-12));
        assertThat(unrelated.flags()).containsExactly(ItemFlag.WEAK_DISCRIMINATION);
    }

    @Test
    void ebels_grades_of_d() {
        assertThat(DiscriminationGrade.of(0.45)).isEqualTo(DiscriminationGrade.VERY_GOOD);
        assertThat(DiscriminationGrade.of(0.39999999999999997)).isEqualTo(DiscriminationGrade.VERY_GOOD);
        assertThat(DiscriminationGrade.of(0.35)).isEqualTo(DiscriminationGrade.REASONABLY_GOOD);
        assertThat(DiscriminationGrade.of(0.25)).isEqualTo(DiscriminationGrade.MARGINAL);
        assertThat(DiscriminationGrade.of(0.19)).isEqualTo(DiscriminationGrade.POOR);
        assertThat(DiscriminationGrade.of(0)).isEqualTo(DiscriminationGrade.POOR);
        assertThat(DiscriminationGrade.of(-0.05)).isEqualTo(DiscriminationGrade.NEGATIVE);
    }

    @Test
    void on_a_multiple_choice_item_each_chosen_option_counts_and_shares_need_not_add_up_to_one() {
        ScoreSheet.Builder builder = ScoreSheet.builder(4);
        int item = builder.choiceItem(1, 2, List.of("A", "B", "C"), Set.of("A", "B"));
        builder.choose(0, item, List.of("A", "B")).score(0, item, 2);
        builder.choose(1, item, List.of("A", "C")).score(1, item, 1);
        builder.choose(2, item, List.of("A")).score(2, item, 1);
        builder.choose(3, item, List.of("C")).score(3, item, 0);

        List<OptionShare> options = ItemAnalysis.of(builder.build()).items().getFirst().options();

        assertThat(options).extracting(OptionShare::chosenBy).containsExactly(3, 1, 2);
        assertThat(options).extracting(OptionShare::key).containsExactly(true, true, false);
        assertThat(Values.of(options, OptionShare::share)).containsExactly(0.75, 0.25, 0.5);
    }

    private static ScoreSheet sheet() {
        double[][] rows = new double[20][];
        for (int s = 0; s < 20; s++) {
            rows[s] = new double[] {s < 15 ? 1 : 0, s < 10 ? 1 : 0, s < 5 ? 1 : 0, s == 19 ? 0 : 1, s < 2 ? 1 : 0,
                    s % 2 == 0 ? 1 : 0};
        }
        return ScoreSheet.fromRows(new double[] {1, 1, 1, 1, 1, 1}, rows);
    }
}
