package org.educloud.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What an admin enters to register or edit a region or district bureau. */
public record BureauDraft(
        @NotBlank(message = "{tenancy.validation.name.required}")
        @Size(max = 100, message = "{tenancy.validation.name.size}") String name,
        @Nullable
        @Pattern(regexp = "\\d{6}", message = "{tenancy.validation.divisionCode.format}") String divisionCode) {
}
