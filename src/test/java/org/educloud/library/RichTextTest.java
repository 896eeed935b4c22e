package org.educloud.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void plainTextFromATextBoxKeepsItsParagraphsAndLineBreaks() {
        assertThat(RichText.sanitised("想得很全面！\n第三种折法要说清楚。\n\n下次再试一次"))
                .isEqualTo("<p>想得很全面！<br>第三种折法要说清楚。</p><p>下次再试一次</p>");
        assertThat(RichText.sanitised("a < b\r\nc")).isEqualTo("<p>a &lt; b<br>c</p>");
    }

    @Test
    void oneLineOfTextAndMarkupAreStoredAsBefore() {
        assertThat(RichText.sanitised("很好")).isEqualTo("很好");
        assertThat(RichText.sanitised("<p onclick=\"x()\">很好<script>alert(1)</script></p>")).isEqualTo("<p>很好</p>");
    }

    @Test
    void aTextBoxShowsStoredFeedbackAsWordsWithoutTags() {
        String stored = "<p>想得很全面！<strong>第三种</strong>折法要说清楚。</p><p>a &amp; b<br>c</p>";
        assertThat(RichText.editable(stored)).isEqualTo("想得很全面！第三种折法要说清楚。\n\na & b\nc");
        assertThat(RichText.sanitised(RichText.editable(stored)))
                .isEqualTo("<p>想得很全面！第三种折法要说清楚。</p><p>a &amp; b<br>c</p>");
        assertThat(RichText.editable(null)).isEmpty();
    }
}
