package org.educloud.development.credits;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A bureau's cycle requirement as its form sends it. */
public record RequirementForm(
        @NotNull(message = "{development.validation.required}")
        @DecimalMin(value = "1", message = "{development.validation.hours}")
        @DecimalMax(value = "2000", message = "{development.validation.hours}") @Nullable BigDecimal hours,
        @NotNull(message = "{development.validation.required}")
        @Min(value = 1, message = "{development.validation.years}")
        @Max(value = 10, message = "{development.validation.years}") @Nullable Integer years,
        @NotNull(message = "{development.validation.required}")
        @Min(value = 2000, message = "{development.validation.firstYear}")
        @Max(value = 2100, message = "{development.validation.firstYear}") @Nullable Integer firstYear) {

    static RequirementForm of(Requirement requirement) {
        return new RequirementForm(requirement.hours(), requirement.years(), requirement.firstYear());
    }

    Requirement requirement() {
        return new Requirement(java.util.Objects.requireNonNull(hours), java.util.Objects.requireNonNull(years),
                java.util.Objects.requireNonNull(firstYear), false);
    }
}
