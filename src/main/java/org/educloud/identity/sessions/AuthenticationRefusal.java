package org.educloud.identity.sessions;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * Why a login was refused, beyond a wrong password. The reason becomes the login page's message; the lock
 * length tells the person how long to wait.
 */
class AuthenticationRefusal extends AuthenticationException {

    /** THROTTLED: the account is locked for minutes; SLOWED_DOWN: the address must wait seconds. */
    enum Reason { THROTTLED, SLOWED_DOWN, NOT_ACTIVATED, DISABLED }

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

    /** Whole seconds to wait, rounded up, at least one. */
    long waitSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** Whole minutes to wait, rounded up, at least one. */
    long waitMinutes() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
