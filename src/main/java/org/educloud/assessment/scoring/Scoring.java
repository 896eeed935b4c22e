package org.educloud.assessment.scoring;

import org.educloud.assessment.Response;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.educloud.assessment.ItemContent;
import org.jspecify.annotations.Nullable;

/**
 * Marks a response against an item version. The rules are those Chinese papers use:
 * <ul>
 *   <li>single choice, true/false, ordering: all or nothing;</li>
 *   <li>multiple choice (多选题): all correct options and no wrong one earns full credit; some correct options and
 *       no wrong one earns half (少选得一半); any wrong option earns nothing;</li>
 *   <li>fill-in-the-blank and matching: each blank or pair earns its share;</li>
 *   <li>short answer and essay: the teacher grades.</li>
 * </ul>
 */
public final class Scoring {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FRACTION = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)/(\\d+(?:\\.\\d+)?)$");

    private Scoring() {
    }

    public static Marking mark(ItemContent item, Response response) {
        return switch (item.kind()) {
            case SINGLE_CHOICE, TRUE_FALSE -> Marking.credit(
                    response.chosen().size() == 1 && item.key().contains(response.chosen().getFirst()) ? 1 : 0);
            case MULTIPLE_CHOICE -> Marking.credit(multiple(item.key(), response.chosen()));
            case FILL_BLANK -> Marking.credit(blanks(item.blanks(), response.blanks()));
            case MATCHING -> Marking.credit(matching(item, response));
            case ORDERING -> Marking.credit(item.key().equals(response.order()) ? 1 : 0);
            case SHORT_ANSWER, ESSAY -> Marking.forTeacher();
        };
    }

    private static double multiple(List<String> key, List<String> chosen) {
        Set<String> picked = new HashSet<>(chosen);
        if (picked.isEmpty() || !key.containsAll(picked)) {
            return 0;
        }
        return picked.size() == new HashSet<>(key).size() ? 1 : 0.5;
    }

    private static double blanks(List<ItemContent.Blank> blanks, List<String> answers) {
        if (blanks.isEmpty()) {
            return 0;
        }
        int right = 0;
        for (int i = 0; i < blanks.size(); i++) {
            if (i < answers.size() && accepts(blanks.get(i), answers.get(i))) {
                right++;
            }
        }
        return (double) right / blanks.size();
    }

    /** Whether one typed answer fills a blank: a number within tolerance, or one of the accepted texts. */
    public static boolean accepts(ItemContent.Blank blank, @Nullable String answer) {
        if (answer == null || answer.isBlank()) {
            return false;
        }
        String typed = normalised(answer);
        if (blank.number() != null) {
            Double value = number(typed);
            if (value != null && Math.abs(value - blank.number()) <= blank.tolerance() + 1e-12) {
                return true;
            }
        }
        return blank.accepted().stream().map(Scoring::normalised).anyMatch(typed::equals);
    }

    /**
     * Text as compared: full-width forms folded to their ASCII equivalents (NFKC: "３／４" is "3/4"), Latin
     * letters in lower case, runs of spaces collapsed, and the trailing full stop many students add removed.
     */
    static String normalised(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        folded = SPACES.matcher(folded).replaceAll(" ");
        while (folded.endsWith("。") || folded.endsWith(".") && !folded.matches(".*\\d\\.$")) {
            folded = folded.substring(0, folded.length() - 1).strip();
        }
        return folded;
    }

    static @Nullable Double number(String text) {
        String t = text.replace(" ", "").replace(",", "");
        try {
            var fraction = FRACTION.matcher(t);
            if (fraction.matches()) {
                double denominator = Double.parseDouble(fraction.group(2));
                return denominator == 0 ? null : Double.parseDouble(fraction.group(1)) / denominator;
            }
            if (t.endsWith("%")) {
                return Double.parseDouble(t.substring(0, t.length() - 1)) / 100;
            }
            double value = Double.parseDouble(t);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static double matching(ItemContent item, Response response) {
        if (item.pairs().isEmpty()) {
            return 0;
        }
        long right = item.pairs().entrySet().stream()
                .filter(pair -> pair.getValue().equals(response.pairs().get(pair.getKey()))).count();
        return (double) right / item.pairs().size();
    }
}
