package org.educloud.learning.courses;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.educloud.learning.LessonDraft;
import org.educloud.library.ResourceId;
import org.jspecify.annotations.Nullable;

/**
 * The lesson form as posted: the ticked resources come as numbers, which the page binds and checks as it did before
 * {@link LessonDraft} carried {@link ResourceId}s; {@link #draft()} hands them on typed.
 */
record LessonForm(@NotBlank @Size(max = 120) String title, @Size(max = 50_000) @Nullable String body,
                  @Size(max = 20) @Nullable List<Long> resourceIds, @Size(max = 2000) @Nullable String linkUrl) {

    static LessonForm of(LessonDraft draft) {
        return new LessonForm(draft.title(), draft.body(),
                draft.resourceIds() == null ? null : draft.resourceIds().stream().map(ResourceId::value).toList(),
                draft.linkUrl());
    }

    LessonDraft draft() {
        return new LessonDraft(title, body, resourceIds == null ? null : resourceIds.stream().map(ResourceId::of).toList(),
                linkUrl);
    }

    /** The ticked resources, typed, for the form's choices. */
    List<ResourceId> chosen() {
        return resourceIds == null ? List.of() : resourceIds.stream().map(ResourceId::of).toList();
    }
}
