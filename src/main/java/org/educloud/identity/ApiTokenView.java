package org.educloud.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token as its owner sees it: never the secret, only its first characters. */
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt,
                           @Nullable Instant lastUsedAt, boolean revoked, boolean usable, ApiTokenScope scope) {
}
