package org.educloud.library;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.educloud.roster.ClassId;
import org.jspecify.annotations.Nullable;

/**
 * What a teacher pushes: resources, to classes they teach, for a day and lesson (第3节 数学), with a note.
 */
public record PushDraft(@NotEmpty @Size(max = 20) List<ResourceId> resourceIds,
                        @NotEmpty @Size(max = 20) List<ClassId> classIds,
                        @NotNull LocalDate lessonDate, @Size(max = 60) @Nullable String lesson,
                        @Size(max = 500) @Nullable String note) {
}
