package org.educloud.roster;

import org.jspecify.annotations.Nullable;

/** Filters of the student list; every field is optional. */
public record StudentQuery(@Nullable String text, @Nullable Long schoolId, @Nullable Long classId,
                           @Nullable Gender gender, @Nullable StudentStatus status, @Nullable EquityAttribute attribute) {

    /** The equity-relevant attributes a list can be filtered by. */
    public enum EquityAttribute { LEFT_BEHIND, MIGRANT, DISABILITY, ECONOMIC_HARDSHIP, BOARDING }

    public static StudentQuery all() {
        return new StudentQuery(null, null, null, null, null, null);
    }
}
