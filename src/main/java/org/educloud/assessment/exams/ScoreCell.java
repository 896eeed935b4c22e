package org.educloud.assessment.exams;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a score cell says, typed on the page or in a workbook: nothing (not entered), 缺考 (absent), or a score of
 * at most one decimal between 0 and full marks. Anything else is a problem with a message key.
 */
record ScoreCell(Kind kind, @Nullable Double score, @Nullable String problem) {

    enum Kind { EMPTY, ABSENT, SCORE, BAD }

    /** How schools write an absentee; the page writes 缺考. */
    static final Set<String> ABSENT_WORDS = Set.of("缺考", "缺", "absent", "abs");
    static final String ABSENT = "缺考";

    static ScoreCell parse(@Nullable String text, double fullMarks) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new ScoreCell(Kind.EMPTY, null, null);
        }
        if (ABSENT_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
            return new ScoreCell(Kind.ABSENT, null, null);
        }
        if (t.length() > 12 || !t.matches("[-+]?\\d+(\\.\\d+)?")) {
            return bad("assessment.exam.error.notAScore");
        }
        BigDecimal value = new BigDecimal(t).stripTrailingZeros();
        if (value.signum() < 0) {
            return bad("assessment.exam.error.negative");
        }
        if (value.scale() > 1) {
            return bad("assessment.exam.error.decimals");
        }
        if (value.doubleValue() > fullMarks) {
            return bad("assessment.exam.error.aboveFullMarks");
        }
        return new ScoreCell(Kind.SCORE, value.doubleValue(), null);
    }

    private static ScoreCell bad(String key) {
        return new ScoreCell(Kind.BAD, null, key);
    }

    /** A score as the page and the workbook show it: 缺考, or the number without a needless ".0". */
    static String text(@Nullable ScoreRow row) {
        if (row == null) {
            return "";
        }
        if (row.score() == null) {
            return ABSENT;
        }
        return number(row.score());
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
