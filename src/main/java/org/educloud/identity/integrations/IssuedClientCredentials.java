package org.educloud.identity.integrations;

/** The credentials of a newly registered client; the secret is shown once and stored only as a hash. */
public record IssuedClientCredentials(long id, String clientId, String clientSecret) {
}
