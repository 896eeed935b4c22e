package org.educloud.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.educloud.library.ResourceId;
import org.jspecify.annotations.Nullable;

/**
 * A lesson: rich text (sanitised), library resources by id (each must be visible to the course's owner; readers
 * see those they may open), and an optional http(s) link.
 */
public record LessonDraft(@NotBlank @Size(max = 120) String title, @Size(max = 50_000) @Nullable String body,
                          @Size(max = 20) @Nullable List<ResourceId> resourceIds, @Size(max = 2000) @Nullable String linkUrl) {
}
