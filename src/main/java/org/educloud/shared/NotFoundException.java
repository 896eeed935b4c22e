package org.educloud.shared;

/** The thing does not exist, or lies outside the caller's scope: both answer 404 so ids leak nothing. */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
