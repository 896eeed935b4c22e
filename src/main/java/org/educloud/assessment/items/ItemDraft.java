package org.educloud.assessment.items;

import org.educloud.assessment.ItemContent;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/**
 * What an author writes: where the item sits in the curriculum, how hard it is, how far it is to be shared, and
 * its content. Saving a changed draft of an existing item makes a new version.
 */
@org.springframework.modulith.NamedInterface("items")
public record ItemDraft(
        @NotNull(message = "{assessment.validation.stage}") Stage stage,
        @NotNull(message = "{assessment.validation.subject}") Subject subject,
        @Nullable @Min(value = 1, message = "{assessment.validation.grade}") @Max(value = 12, message = "{assessment.validation.grade}") Integer grade,
        @Min(value = 1, message = "{assessment.validation.difficulty}") @Max(value = 5, message = "{assessment.validation.difficulty}") int difficulty,
        @Size(max = 200, message = "{assessment.validation.source}") String source,
        @NotNull Sharing sharing,
        @NotEmpty(message = "{assessment.validation.knowledgePoints}") @Size(max = 10, message = "{assessment.validation.knowledgePoints}") List<Long> knowledgePoints,
        @NotNull ItemContent content) {

    public ItemDraft {
        source = source == null ? "" : source.strip();
        knowledgePoints = List.copyOf(knowledgePoints);
    }
}
