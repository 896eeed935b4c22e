package org.educloud.learning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.educloud.library.Subject;
import org.jspecify.annotations.Nullable;

/** A course as its owner describes it; the description is rich text, sanitised before it is kept. */
public record CourseDraft(@NotBlank @Size(max = 120) String title, @Size(max = 20_000) @Nullable String description,
                          @Nullable Subject subject, @Min(1) @Max(12) @Nullable Integer grade,
                          @NotNull CourseSharing sharing) {
}
