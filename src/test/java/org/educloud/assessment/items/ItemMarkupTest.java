package org.educloud.assessment.items;

import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemType;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemMarkupTest {

    @Test
    void scriptsHandlersAndForeignImagesAreRemovedFormulasStay() {
        String stored = ItemMarkup.sanitised("<p onclick=\"steal()\">比较 \\(\\frac{1}{3}\\) 和 "
                + "<math><mfrac><mn>1</mn><mn>4</mn></mfrac></math><script>alert(1)</script></p>"
                + "<img src=\"https://tracker.example/x.png\"><img src=\"/assessment/media/7\" alt=\"蛋糕\">"
                + "<img src=\"javascript:alert(1)\">");
        assertThat(stored).doesNotContain("script", "onclick", "tracker", "javascript")
                .contains("\\(\\frac{1}{3}\\)", "<mfrac>", "<mn>1</mn>", "src=\"/assessment/media/7\"");
    }

    @Test
    void plainTextKeepsItsLineBreaks() {
        assertThat(ItemMarkup.sanitised("第一行\n第二行 <3")).isEqualTo("第一行<br>第二行 &lt;3");
    }

    @Test
    void anItemIsCheckedTypeByType() {
        ItemContent noKey = new ItemContent(ItemType.SINGLE_CHOICE, "1/2 和 2/4 相等吗？",
                List.of(new ItemContent.Choice("A", "相等"), new ItemContent.Choice("B", "不相等")), List.of(),
                List.of("C"), Map.of(), List.of(), "", "", "");
        assertThat(ItemRules.check(noKey)).extracting(ItemRules.Broken::messageKey)
                .containsExactly("assessment.error.keyUnknown");
        ItemContent order = new ItemContent(ItemType.ORDERING, "从小到大排列",
                List.of(new ItemContent.Choice("a", "1/2"), new ItemContent.Choice("b", "1/3")), List.of(),
                List.of("a", "a"), Map.of(), List.of(), "", "", "");
        assertThat(ItemRules.check(order)).extracting(ItemRules.Broken::messageKey)
                .containsExactly("assessment.error.orderNotPermutation");
        ItemContent untyped = new ItemContent(null, "题干", null, null, null, null, null, null, null, null);
        assertThat(ItemRules.check(untyped)).extracting(ItemRules.Broken::messageKey)
                .containsExactly("assessment.error.typeMissing");
    }
}
