package org.educloud.homeschool.messages;

import java.util.regex.Pattern;
import org.educloud.shared.RuleViolationException;

/**
 * Messages are plain text: markup is dropped (pages escape what is left anyway, but an e-mail or export should not
 * carry it), control characters other than line breaks and tabs go, and the length is checked on what was sent,
 * before any of that work.
 */
final class PlainText {

    private static final Pattern TAG = Pattern.compile("<[^<>]{0,500}>");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private PlainText() {
    }

    static String of(String text, int maxLength, String tooLongKey) {
        if (text.length() > maxLength) {
            throw new RuleViolationException(tooLongKey, maxLength);
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        String withoutTags = TAG.matcher(lines).replaceAll("");
        String clean = CONTROL.matcher(withoutTags).replaceAll("");
        return BLANK_LINES.matcher(clean).replaceAll("\n\n").strip();
    }
}
