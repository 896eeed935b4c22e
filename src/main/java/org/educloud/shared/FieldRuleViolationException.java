package org.educloud.shared;

/**
 * A rule broken by one field's value (a figure implausible per student, a field a submission needs): answers 422
 * like any rule violation, and names the field so a form shows the message beside it and an API client can too.
 */
public class FieldRuleViolationException extends RuleViolationException {

    private final String field;

    public FieldRuleViolationException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
