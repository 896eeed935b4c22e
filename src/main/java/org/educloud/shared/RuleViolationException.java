package org.educloud.shared;

/** Well-formed input that breaks a business rule (closing a bureau with open schools): answers 422. */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
