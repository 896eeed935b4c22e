package org.educloud.development.credits;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A teacher's claim: who trained them, in what, when, for how many hours. The evidence file comes beside it. */
public record ClaimForm(
        @NotBlank(message = "{development.validation.required}")
        @Size(max = 200, message = "{development.validation.tooLong}")
        @Pattern(regexp = "[^<>]*", message = "{development.validation.markup}") @Nullable String provider,
        @NotBlank(message = "{development.validation.required}")
        @Size(max = 200, message = "{development.validation.tooLong}")
        @Pattern(regexp = "[^<>]*", message = "{development.validation.markup}") @Nullable String course,
        @NotNull(message = "{development.validation.required}")
        @PastOrPresent(message = "{development.validation.future}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate takenOn,
        @NotNull(message = "{development.validation.required}")
        @DecimalMin(value = "0.5", message = "{development.validation.hours}")
        @DecimalMax(value = "200", message = "{development.validation.hours}") @Nullable BigDecimal hours) {

    static ClaimForm empty() {
        return new ClaimForm("", "", null, null);
    }
}
