package org.educloud.schoolday.attendance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attendance as JSON under the pages' rules: the roll of a period or a day (its head teacher, or the teacher of the
 * lesson held then), a class's day for its teachers and the school's admins, a child's record for their parents.
 */
@RestController
@RequestMapping("/api/v1/schoolday")
@Tag(name = "School day", description = "Timetables, attendance and leave")
class AttendanceApi {

    /** One student's mark as a client sends it; students left out are present (on leave where approved). */
    record MarkLine(long studentId, @NotNull Mark mark, @Size(max = 200) @Nullable String reason) {
    }

    record RollInput(@NotNull @Size(max = 300) List<@Valid @NotNull MarkLine> marks) {
    }

    /** A roll as a client sees it: everyone present unless marked, and whether it was taken before. */
    record RollJson(long classId, String className, LocalDate date, int position, @Nullable String periodLabel,
                    boolean taken, List<RollLine> lines) {

        static RollJson of(RollSheet sheet) {
            return new RollJson(sheet.schoolClass().id().value(), sheet.schoolClass().name(), sheet.date(),
                    sheet.position(), sheet.periodLabel(), sheet.taken(), sheet.lines());
        }
    }

    /** The roll as saved, and how many parents were told of an absence without leave. */
    record RollTaken(RollJson roll, int parentsTold) {
    }

    private final Rolls rolls;
    private final AttendanceRecords records;
    private final Clock clock;

    AttendanceApi(Rolls rolls, AttendanceRecords records, Clock clock) {
        this.rolls = rolls;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping("/classes/{classId}/roll")
    @Operation(summary = "The roll of a period (position of a teaching period) or of the day (period 0) as it "
            + "stands: taken marks, or everyone present (on leave where a request was approved)")
    RollJson roll(Scope scope, @PathVariable long classId, @RequestParam(required = false)
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
                  @RequestParam(defaultValue = "0") int period) {
        return RollJson.of(rolls.sheet(scope, classId, day(date), period));
    }

    @PutMapping("/classes/{classId}/roll")
    @Operation(summary = "Takes (or takes again) the roll of a period or of the day; parents of a child absent "
            + "without leave are told, once a day. 403 for who may not take it, 422 for a student not in the class")
    RollTaken take(Scope scope, @PathVariable long classId, @RequestParam(required = false)
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
                   @RequestParam(defaultValue = "0") int period, @Valid @RequestBody RollInput input) {
        LocalDate day = day(date);
        Set<Long> inClass = rolls.sheet(scope, classId, day, period).lines().stream().map(RollLine::studentId)
                .collect(Collectors.toSet());
        Map<Long, MarkInput> marks = new HashMap<>();
        for (MarkLine line : input.marks()) {
            if (!inClass.contains(line.studentId())) {
                throw new FieldRuleViolationException("marks", "schoolday.error.notInClass", line.studentId());
            }
            if (marks.put(line.studentId(), new MarkInput(line.mark(), line.reason())) != null) {
                throw new FieldRuleViolationException("marks", "schoolday.error.markedTwice", line.studentId());
            }
        }
        int told = rolls.take(scope, classId, day, period, marks);
        return new RollTaken(RollJson.of(rolls.sheet(scope, classId, day, period)), told);
    }

    @GetMapping("/classes/{classId}/attendance")
    @Operation(summary = "A class's day: the rolls taken and every current student's marks, for the class's "
            + "teachers and the school's admins (403 for its students and parents)")
    AttendanceRecords.ClassDayRecord classDay(Scope scope, @PathVariable long classId,
                                              @RequestParam(required = false)
                                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        return records.classDay(scope, classId, day(date));
    }

    @GetMapping("/students/{studentId}/attendance")
    @Operation(summary = "A child's marks other than present and their leave requests over a stretch (the last 30 "
            + "days if none), for the child's parents; any other student is 404")
    AttendanceRecords.ChildRecord child(Scope scope, @PathVariable long studentId,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                        @Nullable LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                        @Nullable LocalDate to) {
        LocalDate last = to == null ? LocalDate.now(clock) : to;
        return records.child(scope, studentId, from == null ? last.minusDays(30) : from, last);
    }

    private LocalDate day(@Nullable LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }
}
