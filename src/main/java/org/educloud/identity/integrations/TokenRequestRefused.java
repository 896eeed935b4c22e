package org.educloud.identity.integrations;

/**
 * A token request the authorisation server refuses, with the RFC 6749 §5.2 error code
 * ({@code invalid_client}, {@code invalid_scope}, ...).
 */
public class TokenRequestRefused extends RuntimeException {

    private final String error;
    private final int status;

    TokenRequestRefused(String error, int status, String description) {
        super(description);
        this.error = error;
        this.status = status;
    }

    public String error() {
        return error;
    }

    public int status() {
        return status;
    }
}
