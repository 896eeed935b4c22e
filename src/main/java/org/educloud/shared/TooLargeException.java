package org.educloud.shared;

/**
 * An upload larger than allowed: answers 413. A rule violation still, so a form that shows refusals beside its
 * fields shows this one too.
 */
public class TooLargeException extends RuleViolationException {

    public TooLargeException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
