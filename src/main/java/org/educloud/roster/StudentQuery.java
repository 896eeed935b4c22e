package org.educloud.roster;

import org.educloud.shared.OrgId;
import org.jspecify.annotations.Nullable;

/** Filters of the student list; every field is optional. */
public record StudentQuery(@Nullable String text, @Nullable OrgId schoolId, @Nullable ClassId classId,
                           @Nullable Gender gender, @Nullable StudentStatus status, @Nullable EquityAttribute attribute) {

    /** The equity-relevant attributes a list can be filtered by. */
    public enum EquityAttribute { LEFT_BEHIND, MIGRANT, DISABILITY, ECONOMIC_HARDSHIP, BOARDING }

    public static StudentQuery all() {
        return new StudentQuery(null, null, null, null, null, null);
    }

    /** The filters as a list's form or query string sends them, the school and class as bare numbers. */
    public static StudentQuery of(@Nullable String text, @Nullable Long schoolId, @Nullable Long classId,
                                  @Nullable Gender gender, @Nullable StudentStatus status,
                                  @Nullable EquityAttribute attribute) {
        return new StudentQuery(text, schoolId == null ? null : OrgId.of(schoolId),
                classId == null ? null : ClassId.of(classId), gender, status, attribute);
    }
}
