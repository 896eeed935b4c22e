package org.educloud.integration.webhooks;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a subscription's delivery log: one attempt to post one event. */
public record AttemptView(long id, Instant attemptedAt, UUID eventId, String kind, int attempt,
                          @Nullable Integer statusCode, int durationMs, boolean succeeded, @Nullable String error) {
}
