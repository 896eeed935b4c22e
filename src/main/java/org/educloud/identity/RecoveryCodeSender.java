package org.educloud.identity;

import java.time.Duration;

/**
 * Carries a password-recovery code to the phone or e-mail address of an account. Identity owns the codes but no
 * outside channel: a module that has one (home–school delivery: SMTP, an SMS gateway) implements this, and identity
 * uses whichever implementation can reach the account. With none configured, recovery tells the person to ask their
 * school instead. Recovery codes go only to addresses the person proved with a verification code.
 */
public interface RecoveryCodeSender {

    /** Whether this sender can reach addresses of this kind now (its channel is configured). */
    boolean reaches(ContactKind kind);

    /** Sends the code; may return before it arrives (it is sent in the background). */
    void send(ContactKind kind, String address, String code, Duration validFor);

    /**
     * Sends a code that proves an address belongs to the person (not a recovery code: the words differ); by default
     * as {@link #send}.
     */
    default void sendVerification(ContactKind kind, String address, String code, Duration validFor) {
        send(kind, address, code, validFor);
    }

    /** Where an account can be reached. */
    enum ContactKind { PHONE, EMAIL }
}
