package org.educloud.shared;

import org.jspecify.annotations.Nullable;

/**
 * A service the request needs (a search cluster, say) cannot be reached right now: answers 503. Nothing is wrong
 * with the request, and it may well succeed in a little while.
 */
public class UnavailableException extends DomainException {

    public UnavailableException(String messageKey, @Nullable Throwable cause) {
        super(messageKey);
        if (cause != null) {
            initCause(cause);
        }
    }
}
