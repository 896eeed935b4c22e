package org.educloud.homeschool.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.educloud.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * Messages are plain text: markup and control characters go, line breaks stay (at most one blank line in a row), and
 * the length is checked on what was sent, before any cleaning.
 */
class PlainTextTest {

    private static final String TOO_LONG = "homeschool.messages.tooLong";

    @Test
    void markup_is_dropped_and_the_words_stay() {
        assertThat(PlainText.of("<b>明天</b>请带<script>x</script>水彩笔", 100, TOO_LONG)).isEqualTo("明天请带x水彩笔");
    }

    @Test
    void line_breaks_and_tabs_stay_other_control_characters_go() {
        assertThat(PlainText.of("第一行\r\n第二行\t完\u0007", 100, TOO_LONG)).isEqualTo("第一行\n第二行\t完");
    }

    @Test
    void runs_of_blank_lines_become_one_and_the_ends_are_trimmed() {
        assertThat(PlainText.of("  您好\n\n\n\n\n谢谢  \n", 100, TOO_LONG)).isEqualTo("您好\n\n谢谢");
    }

    @Test
    void the_length_is_checked_on_what_was_sent() {
        assertThatThrownBy(() -> PlainText.of("<i>" + "字".repeat(8) + "</i>", 10, TOO_LONG))
                .isInstanceOf(RuleViolationException.class);
        assertThat(PlainText.of("字".repeat(10), 10, TOO_LONG)).hasSize(10);
    }
}
