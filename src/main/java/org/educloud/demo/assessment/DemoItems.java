package org.educloud.demo.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemContent.Blank;
import org.educloud.assessment.ItemContent.Choice;
import org.educloud.assessment.ItemType;

/**
 * Sixty items on 分数的初步认识, fifteen per knowledge point, written the way a third-grade paper asks: unit fractions
 * (几分之一), fractions of several parts (几分之几), adding and subtracting with a common denominator, and a fraction
 * of a quantity. Numbers vary with the denominator, which sets the difficulty.
 */
final class DemoItems {

    /** One demo item: the knowledge point's code, its difficulty and its content. */
    record DemoItem(String knowledgePoint, int difficulty, ItemContent content) {
    }

    private static final String[] CHINESE = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    private DemoItems() {
    }

    static List<DemoItem> all() {
        List<DemoItem> items = new ArrayList<>();
        for (int n = 2; n <= 6; n++) {
            items.add(unitChoice(n));
            items.add(unitCompare(n, n + 2));
        }
        items.add(new DemoItem("MA-P-FRA-UNIT", 2, trueFalse("把一张纸分成 4 份，每份一定是它的 \\(\\frac{1}{4}\\)。",
                false, "必须是<strong>平均</strong>分成 4 份，每份才是它的四分之一。")));
        items.add(new DemoItem("MA-P-FRA-UNIT", 1, trueFalse("\\(\\frac{1}{2}\\) 读作二分之一。", true, "")));
        items.add(new DemoItem("MA-P-FRA-UNIT", 3, ordering()));
        items.add(new DemoItem("MA-P-FRA-UNIT", 2, matching()));
        items.add(new DemoItem("MA-P-FRA-UNIT", 4, written("\\(\\frac{1}{3}\\) 和 \\(\\frac{1}{5}\\) 哪个大？画图或举例说说理由。",
                "\\(\\frac{1}{3}\\) 大。同样大的蛋糕，平均分成 3 份比分成 5 份，每份更大。",
                "结论正确 2 分；能用图或例子说明理由 3 分。")));
        for (int n = 3; n <= 7; n++) {
            items.add(partsFill(n, n - 1));
            items.add(partsChoice(n, 2));
        }
        items.add(new DemoItem("MA-P-FRA-PARTS", 2, trueFalse("\\(\\frac{3}{5}\\) 里面有 3 个 \\(\\frac{1}{5}\\)。", true,
                "分子是几，就有几个这样的分数单位。")));
        items.add(multiple());
        items.add(new DemoItem("MA-P-FRA-PARTS", 3, trueFalse("\\(\\frac{2}{7}\\) 比 \\(\\frac{2}{9}\\) 小。", false,
                "分子相同，分母小的分数大，所以 \\(\\frac{2}{7}\\) 大。")));
        items.add(new DemoItem("MA-P-FRA-PARTS", 4, partsFill(10, 7).content()));
        items.add(new DemoItem("MA-P-FRA-PARTS", 2, partsFill(2, 1).content()));
        for (int n = 5; n <= 11; n += 2) {
            items.add(sum(n, 1, n - 3));
            items.add(difference(n, n - 1, 2));
            items.add(fromOne(n, 2));
        }
        items.add(new DemoItem("MA-P-FRA-CALC", 3, trueFalse("\\(\\frac{1}{4}+\\frac{2}{4}=\\frac{3}{8}\\)", false,
                "同分母分数相加，分母不变，分子相加：\\(\\frac{3}{4}\\)。")));
        items.add(new DemoItem("MA-P-FRA-CALC", 4, written("小明说：\\(\\frac{1}{3}+\\frac{1}{3}=\\frac{2}{6}\\)。他错在哪里？",
                "分母表示平均分的份数，相加时不变，应得 \\(\\frac{2}{3}\\)。", "指出分母不应相加 3 分；写出正确结果 2 分。")));
        items.add(new DemoItem("MA-P-FRA-CALC", 2, sum(3, 1, 1).content()));
        int[][] quantities = {{12, 1, 3}, {12, 2, 3}, {20, 1, 4}, {20, 3, 4}, {18, 1, 6}, {18, 5, 6}, {24, 3, 8},
                {30, 2, 5}, {36, 7, 9}, {40, 3, 10}, {16, 3, 4}, {15, 2, 3}, {28, 3, 7}, {45, 4, 9}, {50, 7, 10}};
        for (int[] q : quantities) {
            items.add(ofQuantity(q[0], q[1], q[2]));
        }
        return items;
    }

    private static DemoItem unitChoice(int n) {
        return new DemoItem("MA-P-FRA-UNIT", n <= 3 ? 1 : 2, new ItemContent(ItemType.SINGLE_CHOICE,
                "把一个蛋糕平均分成 " + n + " 份，每份是这个蛋糕的（　）。",
                List.of(choice("A", frac(1, n)), choice("B", frac(1, n + 1)), choice("C", frac(n, 1)),
                        choice("D", frac(n - 1, n))),
                List.of(), List.of("A"), Map.of(), List.of(),
                "平均分成 " + n + " 份，每份是它的" + CHINESE[n] + "分之一。", "", ""));
    }

    private static DemoItem unitCompare(int a, int b) {
        return new DemoItem("MA-P-FRA-UNIT", b >= 7 ? 3 : 2, new ItemContent(ItemType.FILL_BLANK,
                "在（　）里填上“&gt;”或“&lt;”：" + frac(1, a) + "（　）" + frac(1, b),
                List.of(), List.of(), List.of(), Map.of(), List.of(new Blank(List.of(">", "＞", "大于"), null, 0)),
                "分子都是 1，分母越小，每份越大。", "", ""));
    }

    private static DemoItem partsFill(int n, int m) {
        return new DemoItem("MA-P-FRA-PARTS", n <= 4 ? 1 : n <= 6 ? 2 : 3, new ItemContent(ItemType.FILL_BLANK,
                "把一条绳子平均分成 " + n + " 段，取其中的 " + m + " 段，是这条绳子的（　）。",
                List.of(), List.of(), List.of(), Map.of(),
                List.of(new Blank(List.of(m + "/" + n, CHINESE[n] + "分之" + CHINESE[m]), (double) m / n, 0.0001)),
                "平均分成 " + n + " 份，取 " + m + " 份，就是 " + frac(m, n) + "。", "", ""));
    }

    private static DemoItem partsChoice(int n, int m) {
        return new DemoItem("MA-P-FRA-PARTS", n <= 4 ? 2 : 3, new ItemContent(ItemType.SINGLE_CHOICE,
                frac(m, n) + " 里面有（　）个 " + frac(1, n) + "。",
                List.of(choice("A", String.valueOf(m)), choice("B", String.valueOf(n)), choice("C", String.valueOf(n - m)),
                        choice("D", "1")),
                List.of(), List.of("A"), Map.of(), List.of(), "分子是几，就有几个" + CHINESE[n] + "分之一。", "", ""));
    }

    private static DemoItem multiple() {
        return new DemoItem("MA-P-FRA-PARTS", 3, new ItemContent(ItemType.MULTIPLE_CHOICE,
                "下面哪些分数比 \\(\\frac{1}{2}\\) 大？（多选）",
                List.of(choice("A", frac(3, 4)), choice("B", frac(2, 5)), choice("C", frac(5, 6)), choice("D", frac(1, 3))),
                List.of(), List.of("A", "C"), Map.of(), List.of(),
                "和一半比：\\(\\frac{3}{4}\\)、\\(\\frac{5}{6}\\) 都超过一半。", "", ""));
    }

    private static DemoItem sum(int n, int a, int b) {
        return new DemoItem("MA-P-FRA-CALC", n <= 5 ? 2 : 3, new ItemContent(ItemType.FILL_BLANK,
                frac(a, n) + " + " + frac(b, n) + " =（　）", List.of(), List.of(), List.of(), Map.of(),
                List.of(new Blank(List.of((a + b) + "/" + n), (double) (a + b) / n, 0.0001)),
                "分母不变，分子相加。", "", ""));
    }

    private static DemoItem difference(int n, int a, int b) {
        return new DemoItem("MA-P-FRA-CALC", n <= 7 ? 2 : 3, new ItemContent(ItemType.FILL_BLANK,
                frac(a, n) + " − " + frac(b, n) + " =（　）", List.of(), List.of(), List.of(), Map.of(),
                List.of(new Blank(List.of((a - b) + "/" + n), (double) (a - b) / n, 0.0001)),
                "分母不变，分子相减。", "", ""));
    }

    private static DemoItem fromOne(int n, int b) {
        return new DemoItem("MA-P-FRA-CALC", 4, new ItemContent(ItemType.FILL_BLANK,
                "1 − " + frac(b, n) + " =（　）", List.of(), List.of(), List.of(), Map.of(),
                List.of(new Blank(List.of((n - b) + "/" + n), (double) (n - b) / n, 0.0001)),
                "把 1 看作 " + frac(n, n) + "，再分子相减。", "", ""));
    }

    private static DemoItem ofQuantity(int total, int m, int n) {
        int answer = total / n * m;
        return new DemoItem("MA-P-FRA-APPLY", m == 1 ? 2 : total >= 30 ? 4 : 3, new ItemContent(ItemType.FILL_BLANK,
                "一盒彩笔有 " + total + " 支，用掉了这盒的 " + frac(m, n) + "，用掉了（　）支。", List.of(), List.of(),
                List.of(), Map.of(), List.of(new Blank(List.of(), (double) answer, 0)),
                "先求 " + frac(1, n) + "：" + total + " ÷ " + n + " = " + total / n + "；再求 " + m + " 份：" + total / n
                        + " × " + m + " = " + answer + "。", "", ""));
    }

    private static ItemContent trueFalse(String stem, boolean right, String explanation) {
        return new ItemContent(ItemType.TRUE_FALSE, stem, List.of(choice("T", "对"), choice("F", "错")), List.of(),
                List.of(right ? "T" : "F"), Map.of(), List.of(), explanation, "", "");
    }

    private static ItemContent ordering() {
        return new ItemContent(ItemType.ORDERING, "把下面的分数按从小到大的顺序排列。",
                List.of(choice("a", frac(1, 2)), choice("b", frac(1, 8)), choice("c", frac(1, 4)), choice("d", frac(1, 6))),
                List.of(), List.of("b", "d", "c", "a"), Map.of(), List.of(), "分子都是 1，分母越大，分数越小。", "", "");
    }

    private static ItemContent matching() {
        return new ItemContent(ItemType.MATCHING, "把分数和它的读法连起来。",
                List.of(choice("1", frac(1, 3)), choice("2", frac(1, 5)), choice("3", frac(1, 8))),
                List.of(choice("x", "五分之一"), choice("y", "八分之一"), choice("z", "三分之一")), List.of(),
                Map.of("1", "z", "2", "x", "3", "y"), List.of(), "", "", "");
    }

    private static ItemContent written(String stem, String reference, String rubric) {
        return new ItemContent(ItemType.SHORT_ANSWER, stem, List.of(), List.of(), List.of(), Map.of(), List.of(), "",
                reference, rubric);
    }

    private static Choice choice(String id, String html) {
        return new Choice(id, html);
    }

    private static String frac(int m, int n) {
        return "\\(\\frac{" + m + "}{" + n + "}\\)";
    }
}
