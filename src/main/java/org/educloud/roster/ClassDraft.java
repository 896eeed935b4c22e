package org.educloud.roster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a school admin enters to open a class. */
public record ClassDraft(
        @NotNull(message = "{roster.validation.term.required}") Long termId,
        @Min(value = 1, message = "{roster.validation.grade.range}")
        @Max(value = 12, message = "{roster.validation.grade.range}") int grade,
        @NotBlank(message = "{roster.validation.className.required}")
        @Size(max = 40, message = "{roster.validation.className.size}") String name,
        @Nullable ClassKind kind,
        @Nullable Long headTeacherId) {
}
