package org.educloud.shared;

/** The caller sees the thing but may not do this to it: answers 403. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
