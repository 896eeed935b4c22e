package org.educloud.assessment.quizzes;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Setting a quiz to classes the teacher teaches, open from {@code opensAt} until {@code closesAt}. */
@org.springframework.modulith.NamedInterface("quizzes")
public record QuizSetting(
        @NotEmpty(message = "{assessment.validation.classes}") @Size(max = 20, message = "{assessment.validation.classes}") List<Long> classIds,
        @NotNull(message = "{assessment.validation.opensAt}") Instant opensAt,
        @NotNull(message = "{assessment.validation.closesAt}") Instant closesAt) {

    public QuizSetting {
        classIds = classIds == null ? List.of() : List.copyOf(classIds);
    }
}
