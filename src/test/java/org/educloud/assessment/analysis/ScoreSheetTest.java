package org.educloud.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sheet accepts only what a quiz can produce; anything else is the caller's bug and fails loudly at the answer
 * that caused it, not later as a strange figure.
 */
class ScoreSheetTest {

    @Test
    void a_missing_answer_scores_zero_and_is_not_counted_as_answered() {
        ScoreSheet.Builder builder = ScoreSheet.builder(3);
        int item = builder.item(7, 2);
        ScoreSheet sheet = builder.score(0, item, 2).score(1, item, 0).build();

        assertThat(sheet.item(0).score(2)).isZero();
        assertThat(sheet.item(0).answered(1)).as("a zero is an answer").isTrue();
        assertThat(sheet.item(0).answered(2)).isFalse();
        assertThat(sheet.total(0)).isEqualTo(2);
        assertThat(sheet.maxTotal()).isEqualTo(2);
    }

    @Test
    void a_choice_is_an_answer_even_before_its_score_is_recorded_and_a_blank_choice_is_none() {
        ScoreSheet.Builder builder = ScoreSheet.builder(2);
        int item = builder.choiceItem(1, 2, List.of("A", "B", "C", "D"), Set.of("A", "C"));
        ScoreSheet sheet = builder.choose(0, item, List.of("A", "B")).choose(1, item, List.of()).build();

        ChoiceResponses choices = sheet.item(0).choices();
        assertThat(choices).isNotNull();
        assertThat(choices.chose(0, 0)).isTrue();
        assertThat(choices.chose(0, 2)).isFalse();
        assertThat(choices.isKey(2)).isTrue();
        assertThat(sheet.item(0).answered(0)).isTrue();
        assertThat(sheet.item(0).answered(1)).isFalse();
    }

    @Test
    void scores_outside_zero_to_the_maximum_are_refused() {
        ScoreSheet.Builder builder = ScoreSheet.builder(1);
        int item = builder.item(1, 2);

        assertThatThrownBy(() -> builder.score(0, item, 2.5)).hasMessageContaining("scores 0 to 2.0");
        assertThatThrownBy(() -> builder.score(0, item, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.score(0, item, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_item_needs_a_positive_maximum_and_a_unique_id() {
        ScoreSheet.Builder builder = ScoreSheet.builder(1);
        builder.item(1, 1);

        assertThatThrownBy(() -> builder.item(2, 0)).hasMessageContaining("positive maximum");
        assertThatThrownBy(() -> builder.item(1, 1)).hasMessageContaining("added twice");
    }

    @Test
    void a_choice_must_be_among_the_items_options_and_the_key_too() {
        ScoreSheet.Builder builder = ScoreSheet.builder(1);
        int item = builder.choiceItem(1, 1, List.of("A", "B"), Set.of("A"));

        assertThatThrownBy(() -> builder.choose(0, item, List.of("E"))).hasMessageContaining("option E");
        assertThatThrownBy(() -> builder.choiceItem(2, 1, List.of("A", "B"), Set.of("C")))
                .hasMessageContaining("option C");
        assertThatThrownBy(() -> builder.choiceItem(3, 1, List.of("A", "B"), Set.of()))
                .hasMessageContaining("needs a key");
        assertThatThrownBy(() -> builder.choiceItem(4, 1, List.of("A", "A"), Set.of("A")))
                .hasMessageContaining("distinct");
        int plain = builder.item(5, 1);
        assertThatThrownBy(() -> builder.choose(0, plain, List.of("A"))).hasMessageContaining("not a choice item");
    }

    @Test
    void students_and_items_out_of_range_are_refused() {
        ScoreSheet.Builder builder = ScoreSheet.builder(2);
        int item = builder.item(1, 1);

        assertThatThrownBy(() -> builder.score(2, item, 1)).hasMessageContaining("no student 2");
        assertThatThrownBy(() -> builder.score(0, 1, 1)).hasMessageContaining("no item 1");
        assertThatThrownBy(() -> ScoreSheet.builder(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoreSheet.fromRows(new double[] {1, 1}, new double[][] {{1}}))
                .hasMessageContaining("has 1 scores for 2 items");
    }

    @Test
    void a_built_sheet_cannot_change_under_its_analysis() {
        ScoreSheet.Builder builder = ScoreSheet.builder(1);
        int item = builder.item(1, 1);
        builder.build();

        assertThatThrownBy(() -> builder.score(0, item, 1)).isInstanceOf(IllegalStateException.class);
    }
}
