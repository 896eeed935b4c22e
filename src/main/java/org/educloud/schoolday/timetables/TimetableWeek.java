package org.educloud.schoolday.timetables;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A week of a timetable as the JSON API gives it: the school's periods, then day by day what each teaching period
 * holds (a weekly lesson, or the date's change with the original it replaced). Periods nothing is held in are left out.
 */
public record TimetableWeek(long schoolId, LocalDate termStartsOn, LocalDate termEndsOn, List<Period> periods,
                            List<Day> days) {

    public record Period(int position, String label, PeriodKind kind, LocalTime startsAt, LocalTime endsAt) {
    }

    public record Day(LocalDate date, List<Lesson> lessons) {
    }

    /** What one period holds; {@code change} and {@code original} are set on a date's change (调课/代课/停课). */
    public record Lesson(int position, long classId, String className, @Nullable String subject,
                        @Nullable Long teacherId, @Nullable String teacherName, @Nullable String room,
                        @Nullable ChangeKind change, @Nullable String original, @Nullable String note) {
    }

    static TimetableWeek of(WeekGrid grid) {
        List<Period> periods = grid.periods().stream()
                .map(p -> new Period(p.position(), p.label(), p.kind(), p.startsAt(), p.endsAt())).toList();
        List<Day> days = new ArrayList<>();
        for (LocalDate date : grid.days()) {
            List<Lesson> lessons = new ArrayList<>();
            for (BellPeriod period : grid.periods()) {
                Cell cell = grid.at(date, period.position());
                if (cell != null) {
                    lessons.add(new Lesson(period.position(), cell.classId(), cell.className(), cell.subject(),
                            cell.teacherId(), cell.teacherName(), cell.room(), cell.change(), cell.original(),
                            cell.note()));
                }
            }
            days.add(new Day(date, lessons));
        }
        return new TimetableWeek(grid.schedule().schoolId(), grid.schedule().startsOn(), grid.schedule().endsOn(),
                periods, days);
    }
}
