package org.educloud.maintenance.vendors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A service company as the district registers it: who to call, and what they fix. */
@org.springframework.modulith.NamedInterface("vendors")
public record VendorDraft(
        @NotBlank(message = "{maintenance.validation.vendorName}")
        @Size(max = 120, message = "{maintenance.validation.vendorNameSize}") String name,
        @NotBlank(message = "{maintenance.validation.contact}")
        @Size(max = 64, message = "{maintenance.validation.contactSize}") String contact,
        @Nullable @Pattern(regexp = "(1\\d{10})?", message = "{maintenance.validation.phone}") String phone,
        @NotBlank(message = "{maintenance.validation.services}")
        @Size(max = 500, message = "{maintenance.validation.servicesSize}") String services) {
}
