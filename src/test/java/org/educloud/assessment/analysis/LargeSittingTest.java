package org.educloud.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A school's sitting: 2,000 students × 50 items (40 right/wrong choice items, 10 partial-credit items), answers
 * drawn from a Rasch model with a fixed seed, and one choice item whose key was entered wrongly. No timing here
 * (bench/README.md has the figure); this shows the kernel copes with the size and still finds the wrong key.
 */
class LargeSittingTest {

    static final int STUDENTS = 2_000;
    static final int CHOICE_ITEMS = 40;
    static final int PARTIAL_ITEMS = 10;
    static final int WRONG_KEY_ITEM = 17;
    private static final List<String> OPTIONS = List.of("A", "B", "C", "D");

    @Test
    void two_thousand_students_and_fifty_items_are_analysed_and_the_wrong_key_stands_out() {
        ScoreSheet sheet = simulatedSitting(new Random(28));

        ItemAnalysis analysis = ItemAnalysis.of(sheet);

        assertThat(analysis.items()).hasSize(CHOICE_ITEMS + PARTIAL_ITEMS);
        assertThat(analysis.test().alpha().orElseThrow()).isBetween(0.8, 1.0);
        assertThat(analysis.test().kr20().undefinedBecause()).isEqualTo(Undefined.NOT_ALL_DICHOTOMOUS);
        assertThat(analysis.test().standardError().defined()).isTrue();
        assertThat(analysis.test().distribution().stream().mapToInt(ScoreBucket::students).sum()).isEqualTo(STUDENTS);
        assertThat(analysis.items()).allSatisfy(item -> {
            assertThat(item.difficulty().defined()).isTrue();
            assertThat(item.itemRestCorrelation().defined()).isTrue();
            assertThat(item.upperLowerIndex().defined()).isTrue();
        });
        ItemStatistics wrongKey = analysis.item(WRONG_KEY_ITEM);
        assertThat(wrongKey.flags()).contains(ItemFlag.NEGATIVE_DISCRIMINATION,
                ItemFlag.DISTRACTOR_ATTRACTS_UPPER_GROUP);
        assertThat(analysis.items().stream().filter(item -> item.flagged(ItemFlag.NEGATIVE_DISCRIMINATION)))
                .extracting(ItemStatistics::itemId).containsExactly((long) WRONG_KEY_ITEM);
    }

    @Test
    void the_knowledge_point_table_of_forty_five_classes_and_ten_knowledge_points() {
        ScoreSheet sheet = simulatedSitting(new Random(28));
        long[] classes = new long[STUDENTS];
        for (int s = 0; s < STUDENTS; s++) {
            classes[s] = 1 + s % 45;
        }
        Map<Long, List<Long>> points = new HashMap<>();
        for (long item = 1; item <= CHOICE_ITEMS + PARTIAL_ITEMS; item++) {
            points.put(item, item % 5 == 0 ? List.of(item % 10, 10 + item % 3) : List.of(item % 10));
        }

        KnowledgePointTable table = KnowledgePointTable.of(sheet, classes, points);

        assertThat(table.groups()).hasSize(45);
        assertThat(table.cells()).hasSize(45 * table.knowledgePoints().size());
        assertThat(table.cells()).allSatisfy(cell -> assertThat(cell.scoreRate()).isBetween(0.0, 1.0));
    }

    /**
     * Abilities θ ~ N(0, 1), item difficulties spread over −2…2; P(right) = 1 / (1 + e^−(θ − b)). Partial-credit
     * items are worth 4 points, one per step passed.
     */
    static ScoreSheet simulatedSitting(Random random) {
        double[] ability = new double[STUDENTS];
        for (int s = 0; s < STUDENTS; s++) {
            ability[s] = random.nextGaussian();
        }
        ScoreSheet.Builder sheet = ScoreSheet.builder(STUDENTS);
        for (int i = 1; i <= CHOICE_ITEMS; i++) {
            String right = OPTIONS.get(i % 4);
            String key = i == WRONG_KEY_ITEM ? OPTIONS.get((i + 1) % 4) : right;
            int item = sheet.choiceItem(i, 1, OPTIONS, Set.of(key));
            double difficulty = -2 + 4.0 * i / CHOICE_ITEMS;
            for (int s = 0; s < STUDENTS; s++) {
                String chosen = random.nextDouble() < rasch(ability[s], difficulty) ? right
                        : OPTIONS.get(random.nextInt(4));
                sheet.choose(s, item, List.of(chosen)).score(s, item, chosen.equals(key) ? 1 : 0);
            }
        }
        for (int i = 1; i <= PARTIAL_ITEMS; i++) {
            int item = sheet.item(CHOICE_ITEMS + i, 4);
            for (int s = 0; s < STUDENTS; s++) {
                int steps = 0;
                for (int step = 0; step < 4; step++) {
                    if (random.nextDouble() < rasch(ability[s], -1.5 + step + 0.1 * i)) {
                        steps++;
                    }
                }
                sheet.score(s, item, steps);
            }
        }
        return sheet.build();
    }

    private static double rasch(double ability, double difficulty) {
        return 1 / (1 + Math.exp(difficulty - ability));
    }
}
