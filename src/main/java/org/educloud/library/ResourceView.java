package org.educloud.library;

import java.time.Instant;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/** A resource as lists show it. */
public record ResourceView(long id, String title, ResourceType type, Stage stage, Subject subject,
                           @Nullable Integer grade, String ownerName, String authorName, Sharing sharing,
                           ReviewStatus status, boolean featured, long viewCount, long downloadCount,
                           Instant updatedAt, @Nullable Instant publishedAt) {
}
