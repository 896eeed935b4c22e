package org.educloud.homeschool.notices;

import java.util.List;
import org.educloud.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * The reply a notice asks for. {@link #NONE} asks only that parents confirm reading; a signature (家长签字) is the
 * parent's name as they type it, recorded with the time and their account.
 */
public enum ReplyKind {
    NONE, YES_NO, CHOICE, TEXT, SIGNATURE;

    static final String YES = "yes";
    static final String NO = "no";
    static final int MAX_TEXT = 500;
    static final int MAX_SIGNATURE = 40;

    /** The answer as stored, or a refusal naming what is wrong with it. */
    @Nullable String checked(@Nullable String answer, List<String> choices) {
        String given = answer == null ? "" : answer.strip();
        return switch (this) {
            case NONE -> null;
            case YES_NO -> {
                if (!given.equals(YES) && !given.equals(NO)) {
                    throw new RuleViolationException("homeschool.error.answerYesNo");
                }
                yield given;
            }
            case CHOICE -> {
                if (!choices.contains(given)) {
                    throw new RuleViolationException("homeschool.error.answerChoice");
                }
                yield given;
            }
            case TEXT -> {
                if (given.isEmpty() || given.length() > MAX_TEXT) {
                    throw new RuleViolationException("homeschool.error.answerText", MAX_TEXT);
                }
                yield given;
            }
            case SIGNATURE -> {
                if (given.isEmpty() || given.length() > MAX_SIGNATURE) {
                    throw new RuleViolationException("homeschool.error.answerSignature", MAX_SIGNATURE);
                }
                yield given;
            }
        };
    }
}
