package org.educloud.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an admin enters to register or edit a school. */
public record SchoolDraft(
        @NotBlank(message = "{tenancy.validation.name.required}")
        @Size(max = 100, message = "{tenancy.validation.name.size}") String name,
        @NotBlank(message = "{tenancy.validation.schoolCode.required}")
        @Pattern(regexp = "\\d{10}", message = "{tenancy.validation.schoolCode.format}") String schoolCode,
        @NotEmpty(message = "{tenancy.validation.stages.required}") Set<Stage> stages,
        @NotNull(message = "{tenancy.validation.locality.required}") Locality locality,
        @Nullable Boolean teachingPoint,
        @Nullable @Size(max = 200, message = "{tenancy.validation.address.size}") String address,
        @Nullable @Size(max = 50, message = "{tenancy.validation.principalName.size}") String principalName,
        @Nullable
        @Pattern(regexp = "(\\+?\\d[\\d-]{6,18})?", message = "{tenancy.validation.phone.format}") String principalPhone) {

    public SchoolDraft {
        stages = stages == null ? Set.of()
                : stages.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
        teachingPoint = Boolean.TRUE.equals(teachingPoint);
    }

    /** Whether the school is a teaching point (教学点); absent means no, as an unticked box does. */
    public boolean isTeachingPoint() {
        return Boolean.TRUE.equals(teachingPoint);
    }
}
