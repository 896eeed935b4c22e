package org.educloud.assessment.exchange;

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
 * What every imported item is given unless its row says otherwise: a QTI package's metadata (LOM, curriculum
 * standards) is not read, so stage, subject, grade, difficulty, source, sharing and knowledge points come from here.
 * A template row may name its own knowledge points (知识点), difficulty (难度), grade (年级) and source (来源).
 */
public record ImportDefaults(
        @NotNull(message = "{assessment.validation.stage}") Stage stage,
        @NotNull(message = "{assessment.validation.subject}") Subject subject,
        @Nullable @Min(value = 1, message = "{assessment.validation.grade}") @Max(value = 12, message = "{assessment.validation.grade}") Integer grade,
        @Min(value = 1, message = "{assessment.validation.difficulty}") @Max(value = 5, message = "{assessment.validation.difficulty}") int difficulty,
        @Nullable @Size(max = 200, message = "{assessment.validation.source}") String source,
        @NotNull Sharing sharing,
        @NotEmpty(message = "{assessment.validation.knowledgePoints}") @Size(max = 10, message = "{assessment.validation.knowledgePoints}") List<Long> knowledgePoints) {

    public ImportDefaults {
        source = source == null ? "" : source.strip();
        knowledgePoints = knowledgePoints == null ? List.of() : List.copyOf(knowledgePoints);
    }
}
