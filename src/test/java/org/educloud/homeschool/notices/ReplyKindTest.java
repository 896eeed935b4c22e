package org.educloud.homeschool.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.educloud.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * The answers a notice's reply form takes: yes or no; one of the sender's choices; a text or a signature (the parent's
 * name as typed) that is neither empty nor too long. A notice that asks no reply stores no answer.
 */
class ReplyKindTest {

    private static final List<String> CHOICES = List.of("步行", "校车");

    @Test
    void a_notice_asking_no_reply_stores_no_answer() {
        assertThat(ReplyKind.NONE.checked("随便写点", List.of())).isNull();
    }

    @Test
    void yes_or_no_takes_only_yes_or_no() {
        assertThat(ReplyKind.YES_NO.checked(" yes ", List.of())).isEqualTo("yes");
        assertThat(ReplyKind.YES_NO.checked("no", List.of())).isEqualTo("no");
        refused(ReplyKind.YES_NO, "maybe", List.of());
        refused(ReplyKind.YES_NO, null, List.of());
    }

    @Test
    void a_choice_is_one_of_the_senders_choices() {
        assertThat(ReplyKind.CHOICE.checked("校车", CHOICES)).isEqualTo("校车");
        refused(ReplyKind.CHOICE, "骑车", CHOICES);
    }

    @Test
    void a_text_or_a_signature_is_neither_empty_nor_too_long() {
        assertThat(ReplyKind.SIGNATURE.checked(" 张大山 ", List.of())).isEqualTo("张大山");
        assertThat(ReplyKind.TEXT.checked("孩子对花生过敏", List.of())).isEqualTo("孩子对花生过敏");
        refused(ReplyKind.SIGNATURE, "   ", List.of());
        refused(ReplyKind.SIGNATURE, "签".repeat(ReplyKind.MAX_SIGNATURE + 1), List.of());
        refused(ReplyKind.TEXT, "字".repeat(ReplyKind.MAX_TEXT + 1), List.of());
    }

    private static void refused(ReplyKind kind, String answer, List<String> choices) {
        assertThatThrownBy(() -> kind.checked(answer, choices)).isInstanceOf(RuleViolationException.class);
    }
}
