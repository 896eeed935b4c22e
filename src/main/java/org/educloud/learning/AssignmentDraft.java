package org.educloud.learning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.educloud.roster.ClassId;
import org.jspecify.annotations.Nullable;

/**
 * An assignment as its teacher sets it, for one or more classes they teach (each class gets its own copy, graded on
 * its own). Times are wall-clock times in the installation's zone.
 *
 * @param instructions rich text; sanitised before it is kept
 * @param fileTypes    the file name extensions students may hand in, e.g. {@code pdf, jpg, png, docx}
 * @param rubric       optional; when given, a grade is the sum of the chosen levels' points
 * @param lessonId     optional; the course lesson the work belongs to (the course must be attached to each class)
 */
public record AssignmentDraft(
        @NotEmpty @Size(max = 20) List<ClassId> classIds,
        @NotBlank @Size(max = 120) String title,
        @Size(max = 20_000) @Nullable String instructions,
        @NotNull LocalDateTime opensAt,
        @NotNull LocalDateTime dueAt,
        @NotNull @DecimalMin("0.5") @DecimalMax("1000") BigDecimal maxScore,
        @NotNull LatePolicy latePolicy,
        boolean textAllowed,
        boolean filesAllowed,
        @Size(max = 12) @Nullable List<@NotBlank @Size(max = 10) String> fileTypes,
        @Min(1) @Max(100) int maxFileMb,
        boolean resubmission,
        @Valid @Nullable Rubric rubric,
        @Nullable LessonId lessonId) {
}
