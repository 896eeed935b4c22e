package org.educloud.identity;

/**
 * A sealed secret that the current key-encryption key cannot open: sealed under another key (the configured key was
 * changed or lost), for another purpose, or altered. The message says which, for the operator; never the secret.
 */
public class SealedSecretUnreadable extends IllegalStateException {

    public SealedSecretUnreadable(String message) {
        super(message);
    }

    public SealedSecretUnreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
