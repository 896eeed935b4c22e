package org.educloud.tenancy;

import java.time.Instant;
import java.util.Set;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/** A read view of one org node. School-only fields are null or empty for bureaus. */
public record OrgNodeView(
        OrgId id,
        OrgKind kind,
        @Nullable OrgId parentId,
        OrgPath path,
        String name,
        @Nullable String schoolCode,
        @Nullable String divisionCode,
        Set<Stage> stages,
        @Nullable Locality locality,
        boolean teachingPoint,
        @Nullable String address,
        @Nullable String principalName,
        @Nullable String principalPhone,
        OrgStatus status,
        Instant updatedAt) {

    public boolean isSchool() {
        return kind == OrgKind.SCHOOL;
    }

    public boolean isActive() {
        return status == OrgStatus.ACTIVE;
    }
}
