package org.educloud.assessment.quizzes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The quiz form, new or a draft's edit: settings, the items ticked in the bank list (each row its item id when
 * ticked, points, and on the edit form its place in the quiz), and blueprint rows (knowledge point × difficulty ×
 * count × points), rows left empty being ignored.
 */
record QuizForm(@Nullable String title, @Nullable String instructions, @Nullable Integer timeLimitMinutes,
                @Nullable Integer attemptsAllowed, @Nullable Boolean shuffleItems, @Nullable Boolean shuffleOptions,
                @Nullable AnswersVisible answersVisible, @Nullable List<Long> pickIds,
                @Nullable List<BigDecimal> pickPoints, @Nullable List<Long> rowPoints,
                @Nullable List<Integer> rowDifficulties, @Nullable List<Integer> rowCounts,
                @Nullable List<BigDecimal> rowScores, @Nullable List<Integer> pickOrder) {

    static final int BLUEPRINT_ROWS = 3;

    static QuizForm blank() {
        return new QuizForm("", "", null, 1, false, false, AnswersVisible.AFTER_SUBMIT, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * A draft as its edit form shows it: its items ticked, in their order, at the top of the bank list ({@code listed}
     * is that list's head, the quiz's items the caller still reaches, in the quiz's order).
     */
    static QuizForm of(QuizView quiz, List<Long> listed) {
        List<Long> ids = new ArrayList<>();
        List<BigDecimal> points = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (long itemId : listed) {
            quiz.items().stream().filter(qi -> qi.itemId() == itemId).findFirst().ifPresent(qi -> {
                ids.add(qi.itemId());
                points.add(qi.points().stripTrailingZeros());
                order.add(ids.size());
            });
        }
        return new QuizForm(quiz.title(), quiz.instructions(), quiz.timeLimitMinutes(), quiz.attemptsAllowed(),
                quiz.shuffleItems(), quiz.shuffleOptions(), quiz.answersVisible(), ids, points, List.of(), List.of(),
                List.of(), List.of(), order);
    }

    QuizDraft draft() {
        // ticked rows in the order the teacher numbered them; unnumbered ones after, in the list's order
        record Ticked(int row, int order, QuizDraft.Pick pick) {
        }
        List<Ticked> ticked = new ArrayList<>();
        for (int i = 0; pickIds != null && i < pickIds.size(); i++) {
            Long id = pickIds.get(i);
            if (id != null) {
                BigDecimal points = at(pickPoints, i);
                Integer order = at(pickOrder, i);
                ticked.add(new Ticked(i, order == null ? Integer.MAX_VALUE : order,
                        new QuizDraft.Pick(id, points == null ? BigDecimal.ONE : points)));
            }
        }
        List<QuizDraft.Pick> picks = ticked.stream()
                .sorted(java.util.Comparator.comparingInt(Ticked::order).thenComparingInt(Ticked::row))
                .map(Ticked::pick).toList();
        List<QuizDraft.BlueprintRow> rows = new ArrayList<>();
        for (int i = 0; rowPoints != null && i < rowPoints.size(); i++) {
            Long kp = rowPoints.get(i);
            Integer count = at(rowCounts, i);
            if (kp != null && count != null) {
                BigDecimal points = at(rowScores, i);
                rows.add(new QuizDraft.BlueprintRow(kp, at(rowDifficulties, i), count,
                        points == null ? BigDecimal.ONE : points));
            }
        }
        return new QuizDraft(title == null ? "" : title.strip(), instructions, timeLimitMinutes,
                attemptsAllowed == null ? 1 : attemptsAllowed, Boolean.TRUE.equals(shuffleItems),
                Boolean.TRUE.equals(shuffleOptions),
                answersVisible == null ? AnswersVisible.AFTER_SUBMIT : answersVisible, picks, rows);
    }

    public boolean picked(long itemId) {
        return pickIds != null && pickIds.contains(itemId);
    }

    public @Nullable BigDecimal pointsOf(int i) {
        return at(pickPoints, i);
    }

    public @Nullable Integer orderOf(int i) {
        return at(pickOrder, i);
    }

    private static <T> @Nullable T at(@Nullable List<T> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }
}
