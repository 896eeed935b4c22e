package org.educloud.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What cannot be computed says why, and nothing is ever NaN: too few students or items, no spread, an item nobody
 * answered. The page shows the reason where a figure would be.
 */
class UndefinedFiguresTest {

    @Test
    void a_figure_is_never_nan_nor_infinite() {
        assertThatThrownBy(() -> Figure.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Figure.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Figure.undefined(Undefined.NO_STUDENTS).optional()).isEmpty();
        assertThatThrownBy(() -> Figure.undefined(Undefined.NO_STUDENTS).orElseThrow())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("NO_STUDENTS");
    }

    @Test
    void a_quiz_nobody_sat_has_only_reasons() {
        ItemAnalysis analysis = ItemAnalysis.of(ScoreSheet.fromRows(new double[] {1, 2}, new double[0][]));

        TestStatistics test = analysis.test();
        assertThat(figures(test)).allSatisfy(figure ->
                assertThat(figure.undefinedBecause()).isEqualTo(Undefined.NO_STUDENTS));
        assertThat(test.distribution()).extracting(ScoreBucket::students).containsOnly(0);
        assertThat(analysis.items()).allSatisfy(item -> {
            assertThat(figures(item)).allSatisfy(figure ->
                    assertThat(figure.undefinedBecause()).isEqualTo(Undefined.NO_STUDENTS));
            assertThat(item.flags()).isEmpty();
        });
    }

    @Test
    void one_student_has_a_difficulty_per_item_but_no_spread_correlation_or_groups() {
        ItemAnalysis analysis = ItemAnalysis.of(ScoreSheet.fromRows(new double[] {1, 1}, new double[][] {{1, 0}}));

        assertThat(analysis.test().mean().orElseThrow()).isEqualTo(1);
        assertThat(analysis.test().standardDeviation().undefinedBecause())
                .isEqualTo(Undefined.FEWER_THAN_TWO_STUDENTS);
        assertThat(analysis.test().alpha().undefinedBecause()).isEqualTo(Undefined.FEWER_THAN_TWO_STUDENTS);
        assertThat(analysis.test().kr20().undefinedBecause()).isEqualTo(Undefined.FEWER_THAN_TWO_STUDENTS);
        assertThat(analysis.test().standardError().undefinedBecause()).isEqualTo(Undefined.FEWER_THAN_TWO_STUDENTS);
        ItemStatistics first = analysis.items().getFirst();
        assertThat(first.difficulty().orElseThrow()).isEqualTo(1);
        assertThat(first.itemRestCorrelation().undefinedBecause()).isEqualTo(Undefined.FEWER_THAN_TWO_STUDENTS);
        assertThat(first.upperLowerIndex().undefinedBecause()).isEqualTo(Undefined.FEWER_THAN_TWO_STUDENTS);
        assertThat(first.grade()).isEmpty();
    }

    @Test
    void a_single_item_quiz_has_discrimination_by_groups_but_no_reliability_and_no_rest_score() {
        ItemAnalysis analysis = ItemAnalysis.of(
                ScoreSheet.fromRows(new double[] {1}, new double[][] {{1}, {1}, {0}, {0}}));

        assertThat(analysis.test().alpha().undefinedBecause()).isEqualTo(Undefined.FEWER_THAN_TWO_ITEMS);
        assertThat(analysis.test().kr20().undefinedBecause()).isEqualTo(Undefined.FEWER_THAN_TWO_ITEMS);
        ItemStatistics only = analysis.items().getFirst();
        assertThat(only.itemRestCorrelation().undefinedBecause()).isEqualTo(Undefined.FEWER_THAN_TWO_ITEMS);
        assertThat(only.upperLowerIndex().orElseThrow()).isEqualTo(1);   // g = 1: the top student vs the bottom
    }

    @Test
    void a_quiz_on_which_everyone_scored_the_same_total_has_no_reliability() {
        // each student got one of two items right: totals all 1, items still vary
        ItemAnalysis analysis = ItemAnalysis.of(
                ScoreSheet.fromRows(new double[] {1, 1}, new double[][] {{1, 0}, {0, 1}, {1, 0}, {0, 1}}));

        assertThat(analysis.test().standardDeviation().orElseThrow()).isZero();
        assertThat(analysis.test().alpha().undefinedBecause()).isEqualTo(Undefined.NO_TOTAL_VARIANCE);
        assertThat(analysis.test().kr20().undefinedBecause()).isEqualTo(Undefined.NO_TOTAL_VARIANCE);
        assertThat(analysis.test().standardError().undefinedBecause()).isEqualTo(Undefined.NO_TOTAL_VARIANCE);
        // the rest score is then the item's mirror image: perfectly negative, and D is 0 (everyone in both groups)
        assertThat(analysis.items().getFirst().itemRestCorrelation().orElseThrow()).isEqualTo(-1);
        assertThat(analysis.items().getFirst().upperLowerIndex().orElseThrow()).isZero();
    }

    @Test
    void an_item_everyone_got_right_correlates_with_nothing() {
        ItemAnalysis analysis = ItemAnalysis.of(
                ScoreSheet.fromRows(new double[] {1, 1, 1}, new double[][] {{1, 1, 1}, {1, 1, 0}, {1, 0, 0}}));

        ItemStatistics everyoneRight = analysis.items().getFirst();
        assertThat(everyoneRight.itemRestCorrelation().undefinedBecause()).isEqualTo(Undefined.NO_ITEM_VARIANCE);
        assertThat(everyoneRight.upperLowerIndex().orElseThrow()).isZero();
        assertThat(everyoneRight.flags()).containsExactly(ItemFlag.TOO_EASY, ItemFlag.WEAK_DISCRIMINATION);
    }

    @Test
    void an_item_whose_rest_score_is_constant_has_nothing_to_correlate_with() {
        ItemAnalysis analysis = ItemAnalysis.of(
                ScoreSheet.fromRows(new double[] {1, 1}, new double[][] {{1, 1}, {0, 1}, {1, 1}}));

        assertThat(analysis.items().getFirst().itemRestCorrelation().undefinedBecause())
                .isEqualTo(Undefined.NO_REST_VARIANCE);
    }

    @Test
    void an_item_nobody_answered_is_reported_and_the_rest_of_the_quiz_is_still_analysed() {
        ScoreSheet.Builder sheet = ScoreSheet.builder(4);
        int first = sheet.item(1, 1);
        int second = sheet.item(2, 1);
        sheet.choiceItem(3, 1, List.of("A", "B"), Set.of("A"));   // never reached by anyone
        double[][] scores = {{1, 1}, {1, 0}, {0, 1}, {0, 0}};
        for (int s = 0; s < 4; s++) {
            sheet.score(s, first, scores[s][0]).score(s, second, scores[s][1]);
        }
        ItemAnalysis analysis = ItemAnalysis.of(sheet.build());

        ItemStatistics unanswered = analysis.item(3);
        assertThat(unanswered.answered()).isZero();
        assertThat(unanswered.flags()).containsExactly(ItemFlag.NO_ANSWERS);
        assertThat(figures(unanswered)).allSatisfy(figure ->
                assertThat(figure.undefinedBecause()).isEqualTo(Undefined.NO_ANSWERS));
        assertThat(unanswered.options()).extracting(OptionShare::chosenBy).containsExactly(0, 0);
        assertThat(analysis.item(1).difficulty().orElseThrow()).isEqualTo(0.5);
        // it still counts in k, as the quiz was scored with it: alpha is that of the three-item test
        assertThat(analysis.test().alpha().defined()).isTrue();
    }

    @Test
    void items_that_measure_exactly_the_same_give_a_reliability_of_one_and_no_error_of_measurement() {
        // three copies of one partial-credit item: alpha = 3/2 · (1 − 3v / 9v) = 1, which these scores compute as
        // 1.0000000000000004 in doubles (python3 agrees) — and √(1 − alpha) would be NaN
        double[][] rows = {{0.6, 0.6, 0.6}, {0.9, 0.9, 0.9}, {0.8, 0.8, 0.8}, {0.8, 0.8, 0.8}, {0.8, 0.8, 0.8}};
        TestStatistics test = ItemAnalysis.of(ScoreSheet.fromRows(new double[] {1, 1, 1}, rows)).test();

        assertThat(test.alpha().orElseThrow()).isEqualTo(1);
        assertThat(test.standardError().orElseThrow()).isZero();
    }

    static Stream<Figure> figures(TestStatistics test) {
        return Stream.of(test.mean(), test.standardDeviation(), test.alpha(), test.kr20(), test.standardError());
    }

    static Stream<Figure> figures(ItemStatistics item) {
        return Stream.of(item.difficulty(), item.itemRestCorrelation(), item.upperLowerIndex(),
                item.upperDifficulty(), item.lowerDifficulty());
    }
}
