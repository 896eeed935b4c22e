package org.educloud.schoolday.timetables;

import java.time.LocalTime;

/** One period of a school's day: its place in the day, its label (第1节, 早读), what it is for and its times. */
@org.springframework.modulith.NamedInterface("timetables")
public record BellPeriod(int position, String label, PeriodKind kind, LocalTime startsAt, LocalTime endsAt) {

    public boolean teaching() {
        return kind.teaching();
    }
}
