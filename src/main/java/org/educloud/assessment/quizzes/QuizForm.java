package org.educloud.assessment.quizzes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The new-quiz form: settings, the items ticked in the bank list (each row its item id when ticked, and points),
 * and blueprint rows (knowledge point × difficulty × count × points), rows left empty being ignored.
 */
record QuizForm(@Nullable String title, @Nullable String instructions, @Nullable Integer timeLimitMinutes,
                @Nullable Integer attemptsAllowed, @Nullable Boolean shuffleItems, @Nullable Boolean shuffleOptions,
                @Nullable AnswersVisible answersVisible, @Nullable List<Long> pickIds,
                @Nullable List<BigDecimal> pickPoints, @Nullable List<Long> rowPoints,
                @Nullable List<Integer> rowDifficulties, @Nullable List<Integer> rowCounts,
                @Nullable List<BigDecimal> rowScores) {

    static final int BLUEPRINT_ROWS = 3;

    static QuizForm blank() {
        return new QuizForm("", "", null, 1, false, false, AnswersVisible.AFTER_SUBMIT, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    QuizDraft draft() {
        List<QuizDraft.Pick> picks = new ArrayList<>();
        for (int i = 0; pickIds != null && i < pickIds.size(); i++) {
            Long id = pickIds.get(i);
            if (id != null) {
                BigDecimal points = at(pickPoints, i);
                picks.add(new QuizDraft.Pick(id, points == null ? BigDecimal.ONE : points));
            }
        }
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

    private static <T> @Nullable T at(@Nullable List<T> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }
}
