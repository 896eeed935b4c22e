package org.educloud.schoolday.timetables;

import java.time.LocalDate;
import org.educloud.learning.AssignmentId;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A teacher ties one of their assignments of the class to a period of the day it opens, from the class's timetable. */
@Controller
class PeriodWorkPages {

    private final WorkInPeriods work;

    PeriodWorkPages(WorkInPeriods work) {
        this.work = work;
    }

    /** An empty position unties the assignment; the page opens on the week the assignment opens in. */
    @PostMapping("/schoolday/classes/{classId}/period-work")
    String tie(Scope scope, @PathVariable long classId, @RequestParam long assignmentId,
               @RequestParam(required = false) @Nullable Integer position,
               @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                       iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        work.tie(scope, classId, AssignmentId.of(assignmentId), position);
        return "redirect:/schoolday/classes/" + classId + "/timetable" + (date == null ? "" : "?date=" + date);
    }
}
