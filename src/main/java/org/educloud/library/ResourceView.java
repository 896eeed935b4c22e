package org.educloud.library;

import java.time.Instant;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A resource as lists show it; {@code thumbnailFileId} names the first file whose current version has a preview
 * picture, for the list's thumbnail.
 */
public record ResourceView(ResourceId id, String title, ResourceType type, Stage stage, Subject subject,
                           @Nullable Integer grade, String ownerName, String authorName, Sharing sharing,
                           ReviewStatus status, boolean featured, long viewCount, long downloadCount,
                           Instant updatedAt, @Nullable Instant publishedAt, @Nullable Long thumbnailFileId) {
}
