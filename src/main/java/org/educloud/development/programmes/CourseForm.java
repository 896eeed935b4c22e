package org.educloud.development.programmes;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A course an organiser adds to a programme: one reaching the programme's node, and the hours it counts. */
public record CourseForm(
        @NotNull(message = "{development.validation.required}") @Nullable Long course,
        @NotNull(message = "{development.validation.required}")
        @DecimalMin(value = "0.5", message = "{development.validation.hours}")
        @DecimalMax(value = "100", message = "{development.validation.hours}") @Nullable BigDecimal hours) {
}
