package org.educloud.schoolday.timetables;

import java.time.LocalDate;

/** A school's bell schedule for one term: the row its periods and lessons hang on, and the dates it applies to. */
@org.springframework.modulith.NamedInterface("timetables")
public record BellSchedule(long id, long schoolId, String schoolPath, long termId, LocalDate startsOn, LocalDate endsOn) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
