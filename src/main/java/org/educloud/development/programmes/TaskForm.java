package org.educloud.development.programmes;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A task the organiser sets in a programme. */
public record TaskForm(
        @NotBlank(message = "{development.validation.required}")
        @Size(max = 200, message = "{development.validation.tooLong}")
        @Pattern(regexp = "[^<>]*", message = "{development.validation.markup}") @Nullable String title,
        @Size(max = 4000, message = "{development.validation.tooLong}")
        @Pattern(regexp = "[^<>]*", message = "{development.validation.markup}") @Nullable String instructions,
        @NotNull(message = "{development.validation.required}")
        @DecimalMin(value = "0.5", message = "{development.validation.hours}")
        @DecimalMax(value = "100", message = "{development.validation.hours}") @Nullable BigDecimal hours) {
}
