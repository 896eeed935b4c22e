package org.educloud.development.programmes;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/** What an administrator says of a new programme: its name, the hours it credits, its rule and whom it is for. */
public record ProgrammeForm(
        @NotBlank(message = "{development.validation.required}")
        @Size(max = 200, message = "{development.validation.tooLong}")
        @Pattern(regexp = "[^<>]*", message = "{development.validation.markup}") @Nullable String name,
        @Size(max = 2000, message = "{development.validation.tooLong}")
        @Pattern(regexp = "[^<>]*", message = "{development.validation.markup}") @Nullable String description,
        @NotNull(message = "{development.validation.required}")
        @DecimalMin(value = "0.5", message = "{development.validation.hours}")
        @DecimalMax(value = "500", message = "{development.validation.hours}") @Nullable BigDecimal creditHours,
        @NotNull(message = "{development.validation.required}") @Nullable CompletionRule rule,
        @DecimalMin(value = "0.5", message = "{development.validation.hours}")
        @DecimalMax(value = "500", message = "{development.validation.hours}") @Nullable BigDecimal minHours,
        @Nullable Long targetSchool,
        @Nullable Stage stage,
        @Size(max = 40, message = "{development.validation.tooLong}")
        @Pattern(regexp = "[^<>]*", message = "{development.validation.markup}") @Nullable String subject,
        @Nullable ProfessionalTitle title,
        @Size(max = 20, message = "{development.validation.tooLong}")
        @Pattern(regexp = "[0-9A-Za-z.]*", message = "{development.validation.markup}") @Nullable String gapDimension,
        @DecimalMin(value = "1", message = "{development.validation.level}")
        @DecimalMax(value = "10", message = "{development.validation.level}") @Nullable BigDecimal gapBelow) {

    static ProgrammeForm empty() {
        return new ProgrammeForm("", "", null, CompletionRule.ALL_SESSIONS, null, null, null, "", null, "", null);
    }

    Targets targets() {
        return new Targets(targetSchool, stage, blankless(subject), title, blankless(gapDimension),
                blankless(gapDimension) == null ? null : gapBelow);
    }

    private static @Nullable String blankless(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
