package org.educloud.assessment.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.items.ItemMarkup;
import org.jsoup.nodes.Entities;

/**
 * How the cells of the item template are written, and read. Cells are plain text (a formula is LaTeX between
 * {@code \( \)}; {@code <} and {@code >} are just those signs); a line break stays a line break.
 * <ul>
 *   <li>答案 of a choice item: the letters of the right options, "AC" (commas, 、 and spaces between them are
 *       allowed); of a true/false item: 对/错, √/×, T/F, 正确/错误 or true/false;</li>
 *   <li>答案 of a fill-in item: the blanks in order, separated by {@code |} (or full-width ｜); the answers a blank
 *       accepts separated by {@code ;} (or ；). Not "/", which fractions use: "3/4" is one answer, read as the
 *       number 0.75 too. A number may carry a tolerance: "3.14±0.01";</li>
 *   <li>连线题: each option cell holds a pair "左项|右项"; the right-hand items are shown sorted, so their order
 *       gives nothing away; 答案 stays empty;</li>
 *   <li>排序题: the option cells hold the elements as shown, 答案 their letters in the right order, "CABD";</li>
 *   <li>简答题 and 论述题: 答案 is the reference answer for the grading teacher.</li>
 * </ul>
 */
final class TemplateText {

    static final String BLANK_SEPARATOR = "[|｜]";
    static final String ALTERNATIVE_SEPARATOR = "[;；]";
    static final String PAIR_SEPARATOR = "[|｜]";

    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(?:\\.\\d+)?(?:/\\d+(?:\\.\\d+)?)?$");
    private static final Pattern TOLERANCE = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)\\s*(?:±|\\+-|\\+/-)\\s*(\\d+(?:\\.\\d+)?)$");
    private static final Pattern TRUE = Pattern.compile("(?i)^(对|正确|√|✓|t|true|是|a)$");
    private static final Pattern FALSE = Pattern.compile("(?i)^(错|错误|×|✗|x|f|false|否|b)$");
    private static final Map<String, Integer> DIFFICULTY = Map.of("易", 1, "容易", 1, "较易", 2, "中等", 3, "中", 3,
            "较难", 4, "难", 5, "困难", 5);
    private static final List<String> NUMERALS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
            "十一", "十二");

    private TemplateText() {
    }

    /** A cell as item HTML: its text escaped, never read as markup. */
    static String html(String cell) {
        String text = cell.replace("\r\n", "\n").strip();
        if (text.indexOf('<') < 0 && text.indexOf('>') < 0 && text.indexOf('&') < 0) {
            return ItemMarkup.sanitised(text);
        }
        return ItemMarkup.sanitised("<span>" + Entities.escape(text).replace("\n", "<br>") + "</span>");
    }

    /** Letters of options ("AC", "A、C", "a c"), or empty when something else is written. */
    static Optional<List<String>> letters(String answer) {
        String compact = answer.toUpperCase(Locale.ROOT).replaceAll("[\\s,，、;；]", "");
        if (compact.isEmpty() || !compact.matches("[A-H]+")) {
            return Optional.empty();
        }
        return Optional.of(compact.chars().mapToObj(c -> String.valueOf((char) c)).toList());
    }

    /** 对 or 错 as the true/false item's key ("A" is 对, "B" is 错), or empty. */
    static Optional<String> truth(String answer) {
        String a = answer.strip();
        return TRUE.matcher(a).matches() ? Optional.of("A") : FALSE.matcher(a).matches() ? Optional.of("B")
                : Optional.empty();
    }

    /** The blanks of a fill-in answer. */
    static List<ItemContent.Blank> blanks(String answer) {
        return java.util.Arrays.stream(answer.split(BLANK_SEPARATOR, -1)).map(TemplateText::blank).toList();
    }

    private static ItemContent.Blank blank(String cell) {
        Double number = null;
        double tolerance = 0;
        List<String> accepted = new java.util.ArrayList<>();
        for (String alternative : cell.split(ALTERNATIVE_SEPARATOR)) {
            String a = alternative.strip();
            if (a.isEmpty()) {
                continue;
            }
            Matcher within = TOLERANCE.matcher(a);
            if (number == null && within.matches()) {
                number = Double.parseDouble(within.group(1));
                tolerance = Double.parseDouble(within.group(2));
                continue;
            }
            if (number == null && NUMBER.matcher(a).matches()) {
                number = value(a);
            }
            accepted.add(a);
        }
        return new ItemContent.Blank(accepted, number, tolerance);
    }

    private static Double value(String number) {
        int slash = number.indexOf('/');
        if (slash < 0) {
            return Double.parseDouble(number);
        }
        double denominator = Double.parseDouble(number.substring(slash + 1));
        return denominator == 0 ? null : Double.parseDouble(number.substring(0, slash)) / denominator;
    }

    /** 1–5, or 易/较易/中等/较难/难; empty when neither. */
    static Optional<Integer> difficulty(String cell) {
        String c = cell.strip();
        if (c.matches("[1-5]")) {
            return Optional.of(Integer.parseInt(c));
        }
        return Optional.ofNullable(DIFFICULTY.get(c));
    }

    /** 1–12, 三年级, 初一/初二/初三 (7–9), 高一/高二/高三 (10–12); empty when none of these. */
    static Optional<Integer> grade(String cell) {
        String c = cell.strip().replace("年级", "");
        if (c.matches("\\d{1,2}")) {
            int g = Integer.parseInt(c);
            return g >= 1 && g <= 12 ? Optional.of(g) : Optional.empty();
        }
        int index = NUMERALS.indexOf(c);
        if (index >= 0) {
            return Optional.of(index + 1);
        }
        if (c.length() == 2 && (c.startsWith("初") || c.startsWith("高"))) {
            int n = NUMERALS.indexOf(c.substring(1));
            if (n >= 0 && n < 3) {
                return Optional.of((c.startsWith("初") ? 7 : 10) + n);
            }
        }
        return Optional.empty();
    }
}
