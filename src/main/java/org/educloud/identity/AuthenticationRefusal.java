package org.educloud.identity;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * Why a login was refused, beyond a wrong password. The reason becomes the login page's message; the lock
 * length tells the person how long to wait.
 */
class AuthenticationRefusal extends AuthenticationException {

    enum Reason { THROTTLED, NOT_ACTIVATED, DISABLED }

    private final Reason reason;
    private final Duration wait;

    AuthenticationRefusal(Reason reason, Duration wait) {
        super(reason.name());
        this.reason = reason;
        this.wait = wait;
    }

    Reason reason() {
        return reason;
    }

    /** Whole minutes to wait, rounded up, at least one. */
    long waitMinutes() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
