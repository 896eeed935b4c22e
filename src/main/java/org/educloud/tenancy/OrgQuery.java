package org.educloud.tenancy;

import org.jspecify.annotations.Nullable;

/** Filters for listing org nodes; every field is optional. */
public record OrgQuery(@Nullable String text, @Nullable OrgKind kind, @Nullable Locality locality,
                       @Nullable Stage stage, @Nullable OrgStatus status) {

    public static OrgQuery all() {
        return new OrgQuery(null, null, null, null, null);
    }

    public static OrgQuery schools() {
        return new OrgQuery(null, OrgKind.SCHOOL, null, null, null);
    }
}
