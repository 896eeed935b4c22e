package org.educloud.maintenance.vendors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An account for one of a vendor's technicians. Without an initial password it waits for activation by a one-time
 * code, as other accounts do; the identity module checks the username and the password policy.
 */
@org.springframework.modulith.NamedInterface("vendors")
public record VendorAccountDraft(
        @NotBlank(message = "{maintenance.validation.username}")
        @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{identity.validation.username.format}") String username,
        @NotBlank(message = "{maintenance.validation.displayName}")
        @Size(max = 64, message = "{maintenance.validation.displayNameSize}") String displayName,
        @Nullable @Pattern(regexp = "(1\\d{10})?", message = "{identity.validation.phone.format}") String phone,
        @Nullable String initialPassword) {
}
