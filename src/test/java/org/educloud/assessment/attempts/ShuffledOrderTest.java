package org.educloud.assessment.attempts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemType;
import org.educloud.assessment.items.Shuffling;
import org.educloud.assessment.quizzes.AnswersVisible;
import org.educloud.assessment.quizzes.QuizStatus;
import org.educloud.assessment.quizzes.QuizView;
import org.junit.jupiter.api.Test;

/**
 * A shuffled quiz never shows a student the authored order (for options: often the key order) by chance, which a
 * plain shuffle does for one attempt in two with two elements and one in six with three.
 */
class ShuffledOrderTest {

    private static final int SEEDS = 20_000;

    @Test
    void shuffledItemsAreNeverInTheAuthoredOrderForAnySeed() {
        for (int n = 2; n <= 5; n++) {
            QuizView quiz = quiz(n, true, false);
            List<Integer> authored = IntStream.rangeClosed(1, n).boxed().toList();
            for (long seed = 0; seed < SEEDS; seed++) {
                List<Integer> order = SheetBuilding.order(quiz, seed);
                assertThat(order).as("%d items, seed %d", n, seed).isNotEqualTo(authored)
                        .containsExactlyInAnyOrderElementsOf(authored);
            }
        }
    }

    @Test
    void shuffledOptionsAreNeverInTheAuthoredOrderForAnySeed() {
        for (int n = 2; n <= 4; n++) {
            ItemContent item = choiceItem(n);
            for (long seed = 0; seed < SEEDS; seed++) {
                assertThat(SheetBuilding.shownChoices(quiz(1, false, true), attempt(seed), item, 1))
                        .as("%d options, seed %d", n, seed).isNotEqualTo(item.choices())
                        .containsExactlyInAnyOrderElementsOf(item.choices());
            }
        }
    }

    @Test
    void theSameAttemptSeesTheSameOrderOnEveryReload() {
        ItemContent item = choiceItem(4);
        for (long seed = 0; seed < 1_000; seed++) {
            assertThat(SheetBuilding.shownChoices(quiz(1, false, true), attempt(seed), item, 3))
                    .isEqualTo(SheetBuilding.shownChoices(quiz(1, false, true), attempt(seed), item, 3));
            assertThat(SheetBuilding.order(quiz(6, true, false), seed))
                    .isEqualTo(SheetBuilding.order(quiz(6, true, false), seed));
        }
    }

    @Test
    void everyOtherOrderStaysEquallyLikely() {
        Map<List<Integer>, Integer> counts = new HashMap<>();
        QuizView quiz = quiz(3, true, false);
        for (long seed = 0; seed < 30_000; seed++) {
            counts.merge(SheetBuilding.order(quiz, seed), 1, Integer::sum);
        }
        assertThat(counts).hasSize(5).doesNotContainKey(List.of(1, 2, 3));
        // 6,000 expected each; the binomial standard deviation is about 70
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(5_600, 6_400));
    }

    @Test
    void anAttemptWhoseOrderWasAlreadyAllowedKeepsIt() {
        List<Integer> authored = List.of(1, 2, 3, 4);
        for (long seed = 0; seed < 1_000; seed++) {
            List<Integer> plain = new ArrayList<>(authored);
            Collections.shuffle(plain, new Random(seed * 31));
            if (!plain.equals(authored)) {
                assertThat(SheetBuilding.order(quiz(4, true, false), seed)).isEqualTo(plain);
            }
        }
    }

    @Test
    void orderingElementsAreNeverShownInTheCorrectOrderEvenWhenTheyWereNotAuthoredInIt() {
        // an imported order interaction lists its elements in any order; the key is what must stay hidden
        List<ItemContent.Choice> shown = List.of(choice("c", "3/4"), choice("a", "1/4"), choice("b", "1/2"));
        ItemContent imported = new ItemContent(ItemType.ORDERING, "从小到大排列", shown, List.of(),
                List.of("a", "b", "c"), Map.of(), List.of(), "", "", "");
        ItemContent twoReversed = new ItemContent(ItemType.ORDERING, "从小到大排列",
                List.of(choice("b", "1/2"), choice("a", "1/4")), List.of(), List.of("a", "b"), Map.of(), List.of(),
                "", "", "");
        for (long seed = 0; seed < SEEDS; seed++) {
            List<ItemContent.Choice> three = SheetBuilding.shownChoices(quiz(1, false, false), attempt(seed),
                    imported, 1);
            assertThat(three).isNotEqualTo(imported.correctOrder()).isNotEqualTo(shown);
            // with two elements only one order can be avoided: the correct one
            assertThat(SheetBuilding.shownChoices(quiz(1, false, false), attempt(seed), twoReversed, 1))
                    .isEqualTo(twoReversed.choices());
        }
    }

    @Test
    void matchingTargetsAreNeverLinedUpWithTheirPremises() {
        ItemContent item = new ItemContent(ItemType.MATCHING, "连线",
                List.of(choice("p1", "1/2"), choice("p2", "1/4"), choice("p3", "3/4")),
                List.of(choice("t1", "0.75"), choice("t2", "0.5"), choice("t3", "0.25")), List.of(),
                Map.of("p1", "t2", "p2", "t3", "p3", "t1"), List.of(), "", "", "");
        for (long seed = 0; seed < SEEDS; seed++) {
            List<ItemContent.Choice> targets = SheetBuilding.shownTargets(quiz(1, false, false), attempt(seed),
                    item, 2);
            assertThat(targets).isNotEqualTo(item.pairedTargets()).isNotEqualTo(item.targets());
        }
    }

    @Test
    void withoutShufflingTheAuthoredOrderIsKept() {
        assertThat(SheetBuilding.order(quiz(4, false, false), 7)).containsExactly(1, 2, 3, 4);
        ItemContent item = choiceItem(4);
        assertThat(SheetBuilding.shownChoices(quiz(1, false, false), attempt(7), item, 1))
                .isEqualTo(item.choices());
    }

    @Test
    void fewerThanTwoElementsAndElementsThatAllLookAlikeComeBackAsTheyAre() {
        assertThat(Shuffling.shuffled(List.of("A"), 1)).containsExactly("A");
        assertThat(Shuffling.shuffled(List.of(), 1)).isEmpty();
        assertThat(Shuffling.shuffled(List.of("x", "x", "x"), 1)).containsExactly("x", "x", "x");
    }

    private static ItemContent choiceItem(int options) {
        List<ItemContent.Choice> choices = IntStream.range(0, options)
                .mapToObj(i -> choice(String.valueOf((char) ('A' + i)), "选项 " + i)).toList();
        return new ItemContent(ItemType.SINGLE_CHOICE, "哪一个最大？", choices, List.of(), List.of("A"), Map.of(),
                List.of(), "", "", "");
    }

    private static ItemContent.Choice choice(String id, String html) {
        return new ItemContent.Choice(id, html);
    }

    private static QuizView quiz(int items, boolean shuffleItems, boolean shuffleOptions) {
        List<QuizView.QuizItem> positions = IntStream.rangeClosed(1, items)
                .mapToObj(p -> new QuizView.QuizItem(p, 100 + p, 1, BigDecimal.ONE)).toList();
        return new QuizView(1, 1, "/1/", 1, "老师", "分数测验", "", null, 1, shuffleItems, shuffleOptions,
                AnswersVisible.AFTER_SUBMIT, QuizStatus.values()[0], Instant.EPOCH, positions, List.of());
    }

    private static AttemptRow attempt(long seed) {
        return new AttemptRow(1, 1, 1, 1, "/1/", 1, Instant.EPOCH, Instant.EPOCH, null, AttemptStatus.IN_PROGRESS,
                null, BigDecimal.ONE, List.of(1), seed);
    }
}
