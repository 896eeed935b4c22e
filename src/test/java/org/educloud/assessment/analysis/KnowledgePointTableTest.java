package org.educloud.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The class × knowledge-point table. Four students in classes 1 and 2; item 101 (1 point) on knowledge point 10,
 * item 102 (2 points) on 10 and 20, item 103 untagged. Student 3 never answered item 101.
 *
 * <pre>
 *              class  101/1  102/2  103/1
 *   student 0    1      1      2      1
 *   student 1    1      0      1      0
 *   student 2    2      1      0      0
 *   student 3    2      –      2      1
 * </pre>
 */
class KnowledgePointTableTest {

    private static final long CLASS_1 = 1;
    private static final long CLASS_2 = 2;
    private static final long FRACTIONS = 10;
    private static final long DECIMALS = 20;

    private final KnowledgePointTable table = KnowledgePointTable.of(sheet(), new long[] {CLASS_1, CLASS_1, CLASS_2,
            CLASS_2}, Map.of(101L, List.of(FRACTIONS), 102L, List.of(FRACTIONS, DECIMALS), 103L, List.of()));

    @Test
    void an_item_on_two_knowledge_points_counts_fully_for_each() {
        // class 1, point 10: items 101 + 102, earned 1 + 2 + 0 + 1 = 4 of 2 students × 3 points = 6
        KnowledgePointCell class1Fractions = table.cell(CLASS_1, FRACTIONS).orElseThrow();
        assertThat(class1Fractions.pointsEarned()).isEqualTo(4);
        assertThat(class1Fractions.pointsPossible()).isEqualTo(6);
        assertThat(class1Fractions.scoreRate()).isEqualTo(4.0 / 6);
        assertThat(class1Fractions.students()).isEqualTo(2);
        assertThat(class1Fractions.items()).isEqualTo(2);
        // class 1, point 20: item 102 only, 2 + 1 of 4
        assertThat(table.cell(CLASS_1, DECIMALS).orElseThrow().scoreRate()).isEqualTo(0.75);
    }

    @Test
    void a_missing_answer_scores_zero_in_the_rate_and_shows_in_the_count_of_answers() {
        // class 2, point 10: 1 + 0 + 0 (student 3 skipped 101) + 2 = 3 of 6; three of four answers given
        KnowledgePointCell class2Fractions = table.cell(CLASS_2, FRACTIONS).orElseThrow();
        assertThat(class2Fractions.scoreRate()).isEqualTo(0.5);
        assertThat(class2Fractions.answers()).isEqualTo(3);
        assertThat(table.cell(CLASS_2, DECIMALS).orElseThrow().scoreRate()).isEqualTo(0.5);
    }

    @Test
    void the_table_lists_groups_and_points_in_order_and_reports_untagged_items() {
        assertThat(table.groups()).containsExactly(CLASS_1, CLASS_2);
        assertThat(table.knowledgePoints()).containsExactly(FRACTIONS, DECIMALS);
        assertThat(table.cells()).extracting(KnowledgePointCell::group, KnowledgePointCell::knowledgePoint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CLASS_1, FRACTIONS),
                        org.assertj.core.groups.Tuple.tuple(CLASS_1, DECIMALS),
                        org.assertj.core.groups.Tuple.tuple(CLASS_2, FRACTIONS),
                        org.assertj.core.groups.Tuple.tuple(CLASS_2, DECIMALS));
        assertThat(table.untaggedItems()).containsExactly(103L);
        assertThat(table.cell(3, FRACTIONS)).isEmpty();
    }

    @Test
    void every_student_needs_a_group() {
        assertThatThrownBy(() -> KnowledgePointTable.of(sheet(), new long[] {CLASS_1}, Map.of()))
                .hasMessageContaining("1 groups given for 4 students");
    }

    private static ScoreSheet sheet() {
        ScoreSheet.Builder sheet = ScoreSheet.builder(4);
        int one = sheet.item(101, 1);
        int two = sheet.item(102, 2);
        int three = sheet.item(103, 1);
        sheet.score(0, one, 1).score(0, two, 2).score(0, three, 1);
        sheet.score(1, one, 0).score(1, two, 1).score(1, three, 0);
        sheet.score(2, one, 1).score(2, two, 0).score(2, three, 0);
        sheet.score(3, two, 2).score(3, three, 1);
        return sheet.build();
    }
}
