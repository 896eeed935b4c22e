package org.educloud.development.frameworks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a bureau says of the framework its file holds: its code, its version and its names. */
public record FrameworkForm(
        @NotBlank(message = "{development.validation.required}")
        @Size(max = 40, message = "{development.validation.tooLong}")
        @Pattern(regexp = "[^<>]*", message = "{development.validation.markup}") @Nullable String code,
        @NotBlank(message = "{development.validation.required}")
        @Size(max = 20, message = "{development.validation.tooLong}")
        @Pattern(regexp = "[^<>]*", message = "{development.validation.markup}") @Nullable String version,
        @NotBlank(message = "{development.validation.required}")
        @Size(max = 200, message = "{development.validation.tooLong}")
        @Pattern(regexp = "[^<>]*", message = "{development.validation.markup}") @Nullable String name,
        @Size(max = 300, message = "{development.validation.tooLong}")
        @Pattern(regexp = "[^<>]*", message = "{development.validation.markup}") @Nullable String nameEn) {

    static FrameworkForm empty() {
        return new FrameworkForm("", "", "", "");
    }
}
