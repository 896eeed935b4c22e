package org.educloud.network;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A school's connectivity as someone declares it: access, provider and contracted bandwidth (Mbit/s), the campus
 * network's wired and wireless coverage, classrooms, classrooms with network multimedia equipment (班班通) and
 * teaching terminals. The caps catch typing accidents; the rules between fields (a connected school names its
 * provider and bandwidth, a school without access has none) are checked where the draft is recorded.
 */
public record ConnectivityDraft(
        @NotNull(message = "{network.validation.accessType}") @Nullable AccessType accessType,
        @Size(max = 100, message = "{network.validation.provider.length}") @Nullable String provider,
        @PositiveOrZero(message = "{network.validation.notNegative}")
        @Max(value = 100_000, message = "{network.validation.bandwidth.tooLarge}") @Nullable Integer contractedDownMbps,
        @PositiveOrZero(message = "{network.validation.notNegative}")
        @Max(value = 100_000, message = "{network.validation.bandwidth.tooLarge}") @Nullable Integer contractedUpMbps,
        boolean wiredCoverage,
        boolean wirelessCoverage,
        @PositiveOrZero(message = "{network.validation.notNegative}")
        @Max(value = 2_000, message = "{network.validation.tooLarge}") @Nullable Integer classrooms,
        @PositiveOrZero(message = "{network.validation.notNegative}")
        @Max(value = 2_000, message = "{network.validation.tooLarge}") @Nullable Integer multimediaClassrooms,
        @PositiveOrZero(message = "{network.validation.notNegative}")
        @Max(value = 100_000, message = "{network.validation.tooLarge}") @Nullable Integer teachingTerminals) {

    /** The fields in form and file order. */
    public static final List<String> FIELDS = List.of("accessType", "provider", "contractedDownMbps",
            "contractedUpMbps", "wiredCoverage", "wirelessCoverage", "classrooms", "multimediaClassrooms",
            "teachingTerminals");

    /** The provider without surrounding blanks, an empty one as none. */
    public @Nullable String providerName() {
        return provider == null || provider.isBlank() ? null : provider.strip();
    }
}
