package org.educloud.assessment.quizzes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A quiz as its teacher sets it up: the items by hand ({@code items}) and/or drawn by a blueprint
 * ({@code blueprint}: knowledge point × difficulty × count, from the banks in the teacher's reach).
 */
@org.springframework.modulith.NamedInterface("quizzes")
public record QuizDraft(
        @NotBlank(message = "{assessment.validation.title}") @Size(max = 120, message = "{assessment.validation.title}") String title,
        @Size(max = 4000, message = "{assessment.validation.instructions}") String instructions,
        @Nullable @Min(value = 1, message = "{assessment.validation.timeLimit}") @Max(value = 600, message = "{assessment.validation.timeLimit}") Integer timeLimitMinutes,
        @Min(value = 1, message = "{assessment.validation.attempts}") @Max(value = 10, message = "{assessment.validation.attempts}") int attemptsAllowed,
        boolean shuffleItems,
        boolean shuffleOptions,
        @NotNull AnswersVisible answersVisible,
        @Size(max = 100, message = "{assessment.validation.itemCount}") List<@Valid Pick> items,
        @Size(max = 20, message = "{assessment.validation.blueprint}") List<@Valid BlueprintRow> blueprint) {

    public QuizDraft {
        instructions = instructions == null ? "" : instructions.strip();
        items = items == null ? List.of() : List.copyOf(items);
        blueprint = blueprint == null ? List.of() : List.copyOf(blueprint);
    }

    /** One item chosen by hand, with the points it is worth in this quiz. */
    public record Pick(long itemId,
                       @NotNull @DecimalMin(value = "0.5", message = "{assessment.validation.points}") @DecimalMax(value = "100", message = "{assessment.validation.points}") BigDecimal points) {
    }

    /** Draw {@code count} items on a knowledge point at a difficulty (any difficulty when null). */
    public record BlueprintRow(long knowledgePointId,
                               @Nullable @Min(1) @Max(5) Integer difficulty,
                               @Min(value = 1, message = "{assessment.validation.blueprintCount}") @Max(value = 50, message = "{assessment.validation.blueprintCount}") int count,
                               @NotNull @DecimalMin(value = "0.5", message = "{assessment.validation.points}") @DecimalMax(value = "100", message = "{assessment.validation.points}") BigDecimal points) {
    }
}
