package org.educloud.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.educloud.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * An account to create, with its first grant. Without an initial password it waits for activation by one-time
 * code: that is how imported students get accounts without hashing thousands of passwords up front. A username
 * never carries a phone or ID number (11 digits or more in a row): it is listed and logged in many places.
 */
public record NewAccount(
        @NotBlank(message = "{identity.validation.username.required}")
        @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{identity.validation.username.format}")
        @Pattern(regexp = "(?!.*[0-9]{11}).*", message = "{identity.validation.username.personalNumber}")
        String username,
        @NotBlank(message = "{identity.validation.displayName.required}")
        @Size(max = 64, message = "{identity.validation.displayName.size}") String displayName,
        @Nullable @Pattern(regexp = "(1\\d{10})?", message = "{identity.validation.phone.format}") String phone,
        @Nullable @Email(message = "{identity.validation.email.format}")
        @Size(max = 120, message = "{identity.validation.email.format}") String email,
        @NotNull(message = "{identity.validation.role.required}") Role role,
        @Nullable Long orgId,
        @Nullable String initialPassword) {
}
