package org.educloud.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A resource as its author describes it, from the form or the API.
 *
 * @param ownerId the org node that owns the resource: one of the author's schools, or the author's bureau
 * @param description rich text; sanitised before it is kept
 * @param textbookNodeId where in a textbook the resource belongs (volume, chapter or section)
 */
public record ResourceDraft(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 20_000) @Nullable String description,
        @NotNull ResourceType type,
        @NotNull Licence licence,
        @NotNull Stage stage,
        @NotNull Subject subject,
        @Nullable Integer grade,
        @Nullable Long textbookNodeId,
        @Nullable List<Long> knowledgePointIds,
        @Size(max = 500) @Nullable String tags,
        @NotBlank @Size(max = 16) String language,
        @Size(max = 2000) @Nullable String linkUrl,
        @NotNull Sharing sharing,
        @Nullable Long ownerId) {

    /** The same draft pointing at a link (a LINK resource, or a file's companion page). */
    public ResourceDraft withLink(String url) {
        return new ResourceDraft(title, description, type, licence, stage, subject, grade, textbookNodeId,
                knowledgePointIds, tags, language, url, sharing, ownerId);
    }
}
