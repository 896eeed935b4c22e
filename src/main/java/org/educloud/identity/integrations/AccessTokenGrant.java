package org.educloud.identity.integrations;

/** A successful client-credentials token response (RFC 6749 §5.1). */
public record AccessTokenGrant(String accessToken, long expiresIn, String scope) {
}
