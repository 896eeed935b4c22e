package org.educloud.identity.oidc;

import org.jspecify.annotations.Nullable;

/** A newly registered client: its secret (none for a public client) is shown this once and stored only hashed. */
public record IssuedOidcClient(String id, String clientId, @Nullable String clientSecret) {
}
