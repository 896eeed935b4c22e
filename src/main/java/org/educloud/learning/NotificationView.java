package org.educloud.learning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One notification: its kind and subject make the sentence shown, in the reader's language. */
public record NotificationView(long id, NotificationKind kind, String subject, String link, Instant createdAt,
                               @Nullable Instant readAt) {
}
