package org.educloud.assessment.exchange;

import java.util.List;

/**
 * The downloadable item template: its header and one example row of each item type, which also show how answers
 * are written ({@link TemplateText}). 知识点 is left empty in the examples: the import's default knowledge points
 * then apply.
 */
final class TemplateSamples {

    private TemplateSamples() {
    }

    static List<String> header() {
        return TemplateImport.HEADERS;
    }

    /** Rows in the header's order: 题型, 题干, 选项A–F, 答案, 解析, 知识点, 难度, 年级, 来源. */
    static List<List<String>> rows() {
        return List.of(
                List.of("单选题", "下列分数中，与 1/2 相等的是（  ）", "2/4", "2/3", "3/5", "", "", "", "A",
                        "分子分母同乘 2 得 2/4。", "", "易", "3", "示例"),
                List.of("多选题", "下列分数中，比 1/2 大的有（  ）", "2/3", "1/3", "3/4", "2/5", "", "", "AC",
                        "2/3 和 3/4 都大于 1/2。", "", "中等", "3", "示例"),
                List.of("判断题", "3/4 比 2/3 大。", "", "", "", "", "", "", "对", "通分后 9/12 > 8/12。", "", "2",
                        "3", "示例"),
                List.of("填空题", "把一个蛋糕平均分成 4 份，1 份是它的（  ），3 份是它的（  ）。", "", "", "", "", "", "",
                        "1/4;四分之一|3/4;四分之三", "", "", "易", "3", "示例"),
                List.of("连线题", "把分数和读法连起来。", "1/2|二分之一", "1/3|三分之一", "1/4|四分之一", "", "", "", "",
                        "", "", "易", "3", "示例"),
                List.of("排序题", "把下面的分数从小到大排列。", "1/2", "1/4", "3/4", "", "", "", "BAC", "", "", "较难", "3",
                        "示例"),
                List.of("简答题", "1/2 和 2/4 为什么相等？", "", "", "", "", "", "", "分数的基本性质：分子分母同乘一个数，大小不变。",
                        "", "", "中等", "3", "示例"),
                List.of("论述题", "举一个生活中用到分数的例子，并说明分数表示什么。", "", "", "", "", "", "", "言之有理即可。", "", "",
                        "难", "3", "示例"));
    }
}
