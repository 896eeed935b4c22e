package org.educloud.schoolday.timetables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A week on one bell schedule as the grid schools print: the periods down, the school days across, and in each place
 * what is held then: a class's lessons, or a teacher's lessons across their classes ({@code acrossClasses}).
 */
@org.springframework.modulith.NamedInterface("timetables")
public record WeekGrid(BellSchedule schedule, List<BellPeriod> periods, List<LocalDate> days, Map<String, Cell> cells,
                       boolean acrossClasses) {

    public @Nullable Cell at(LocalDate day, int position) {
        return cells.get(key(day.getDayOfWeek().getValue(), position));
    }

    static String key(int weekday, int position) {
        return weekday + ":" + position;
    }
}
