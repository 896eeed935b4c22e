package org.educloud.development.programmes;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A session to add: its title, live or in person, when it starts (China time), its hours and place. */
public record SessionForm(
        @NotBlank(message = "{development.validation.required}")
        @Size(max = 200, message = "{development.validation.tooLong}")
        @Pattern(regexp = "[^<>]*", message = "{development.validation.markup}") @Nullable String title,
        @NotNull(message = "{development.validation.required}") @Nullable SessionMode mode,
        @NotNull(message = "{development.validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime startsAt,
        @NotNull(message = "{development.validation.required}")
        @DecimalMin(value = "0.5", message = "{development.validation.hours}")
        @DecimalMax(value = "24", message = "{development.validation.hours}") @Nullable BigDecimal hours,
        @Size(max = 200, message = "{development.validation.tooLong}")
        @Pattern(regexp = "[^<>]*", message = "{development.validation.markup}") @Nullable String place) {
}
