package org.educloud.assessment.scoring;

import org.educloud.assessment.Response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemContent.Blank;
import org.educloud.assessment.ItemContent.Choice;
import org.educloud.assessment.ItemType;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static final List<Choice> ABCD = List.of(new Choice("A", "1/2"), new Choice("B", "1/3"),
            new Choice("C", "2/4"), new Choice("D", "3/4"));

    private static ItemContent item(ItemType type, List<String> key) {
        return new ItemContent(type, "题干", ABCD, List.of(), key, Map.of(), List.of(), "", "", "");
    }

    private static Response chose(String... ids) {
        return new Response(List.of(ids), List.of(), List.of(), Map.of(), "");
    }

    @Test
    void aSingleChoiceIsRightOrWrong() {
        ItemContent item = item(ItemType.SINGLE_CHOICE, List.of("B"));
        assertThat(Scoring.mark(item, chose("B")).credit()).isEqualTo(1);
        assertThat(Scoring.mark(item, chose("A")).credit()).isZero();
        assertThat(Scoring.mark(item, chose("A", "B")).credit()).as("two picks for one answer").isZero();
        assertThat(Scoring.mark(item, Response.empty()).credit()).isZero();
    }

    @Test
    void aMultipleChoiceGivesHalfForSomeRightOptionsAndNothingForAnyWrongOne() {
        ItemContent item = item(ItemType.MULTIPLE_CHOICE, List.of("A", "C"));
        assertThat(Scoring.mark(item, chose("C", "A")).credit()).isEqualTo(1);
        assertThat(Scoring.mark(item, chose("A")).credit()).as("少选得一半").isEqualTo(0.5);
        assertThat(Scoring.mark(item, chose("A", "C", "D")).credit()).as("错选不得分").isZero();
        assertThat(Scoring.mark(item, chose("A", "A", "C")).credit()).as("a repeated pick counts once").isEqualTo(1);
    }

    @Test
    void blanksAcceptFullWidthFormsNumbersWithinToleranceAndFractions() {
        ItemContent item = new ItemContent(ItemType.FILL_BLANK, "把 1 个蛋糕平均分成 4 份，每份是（ ），3 份是（ ）。",
                List.of(), List.of(), List.of(), Map.of(),
                List.of(new Blank(List.of("四分之一", "1/4"), 0.25, 0), new Blank(List.of("四分之三"), 0.75, 0.001)),
                "", "", "");
        Response typed = new Response(List.of(), List.of("１／４", " 0.7505 "), List.of(), Map.of(), "");
        assertThat(Scoring.mark(item, typed).credit()).isEqualTo(1);
        Response half = new Response(List.of(), List.of("四分之一。", "3/5"), List.of(), Map.of(), "");
        assertThat(Scoring.mark(item, half).credit()).isEqualTo(0.5);
        assertThat(Scoring.accepts(item.blanks().get(1), "75%")).isTrue();
        assertThat(Scoring.accepts(item.blanks().get(1), "NaN")).isFalse();
        assertThat(Scoring.accepts(item.blanks().get(1), "3/0")).as("no division by zero").isFalse();
    }

    @Test
    void matchingEarnsItsShareOfRightPairsAndOrderingIsAllOrNothing() {
        ItemContent matching = new ItemContent(ItemType.MATCHING, "连一连", List.of(new Choice("1", "一半"),
                new Choice("2", "四分之一")), List.of(new Choice("x", "1/2"), new Choice("y", "1/4")), List.of(),
                Map.of("1", "x", "2", "y"), List.of(), "", "", "");
        assertThat(Scoring.mark(matching, new Response(List.of(), List.of(), List.of(), Map.of("1", "x", "2", "x"), ""))
                .credit()).isEqualTo(0.5);
        ItemContent ordering = item(ItemType.ORDERING, List.of("B", "A", "D", "C"));
        assertThat(Scoring.mark(ordering, new Response(List.of(), List.of(), List.of("B", "A", "D", "C"), Map.of(), ""))
                .credit()).isEqualTo(1);
        assertThat(Scoring.mark(ordering, new Response(List.of(), List.of(), List.of("A", "B", "D", "C"), Map.of(), ""))
                .credit()).isZero();
    }

    @Test
    void writtenAnswersWaitForTheTeacher() {
        ItemContent essay = new ItemContent(ItemType.ESSAY, "说说你是怎样比较 1/3 和 1/4 的。", List.of(), List.of(),
                List.of(), Map.of(), List.of(), "", "<p>分子相同，分母大的分数小。</p>", "说清理由得满分");
        assertThat(Scoring.mark(essay, new Response(List.of(), List.of(), List.of(), Map.of(), "分母大的小")))
                .isEqualTo(Marking.forTeacher());
    }

    @Test
    void theResponseTravelsToTheLearningRecordInTheInteractionFormat() {
        assertThat(chose("A", "C").interactionFormat()).isEqualTo("A[,]C");
        assertThat(new Response(List.of(), List.of(), List.of(), Map.of("2", "y", "1", "x"), "").interactionFormat())
                .isEqualTo("1[.]x[,]2[.]y");
    }
}
