package org.educloud.shared;

/** The request clashes with existing data (a duplicate code, a changed version): answers 409. */
public class ConflictException extends DomainException {

    private final String field;

    public ConflictException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** The input field the clash is about, so a form can show it beside the field. */
    public String field() {
        return field;
    }
}
