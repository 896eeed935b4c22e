package org.educloud.schoolday.timetables;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Timetables as JSON, under the pages' rules: a class out of the caller's reach is a 404 problem. */
@RestController
@RequestMapping("/api/v1/schoolday")
@Tag(name = "School day", description = "Timetables, attendance and leave")
class TimetableApi {

    private final Timetables timetables;
    private final Clock clock;

    TimetableApi(Timetables timetables, Clock clock) {
        this.timetables = timetables;
        this.clock = clock;
    }

    @GetMapping("/classes/{classId}/timetable")
    @Operation(summary = "A class's week around a date (today if none), with that week's changes laid over the weekly "
            + "lessons; 404 when the class is out of reach or its school has no bell schedule for its term")
    TimetableWeek classWeek(Scope scope, @PathVariable long classId, @Parameter(description = "any day of the week")
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                            @Nullable LocalDate date) {
        return timetables.classWeek(scope, classId, day(date)).map(TimetableWeek::of)
                .orElseThrow(() -> new NotFoundException("schoolday.error.noSchedule"));
    }

    @GetMapping("/my/timetable")
    @Operation(summary = "The caller's week: a teacher's own lessons across their classes (one week per school); a "
            + "student's or parent's homeroom class week")
    List<TimetableWeek> myWeek(Scope scope, @Parameter(description = "any day of the week")
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               @Nullable LocalDate date) {
        return timetables.myWeek(scope, day(date)).stream().map(TimetableWeek::of).toList();
    }

    private LocalDate day(@Nullable LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }
}
