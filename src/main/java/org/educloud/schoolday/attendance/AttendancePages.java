package org.educloud.schoolday.attendance;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.StudentView;
import org.educloud.schoolday.timetables.BellPeriod;
import org.educloud.schoolday.timetables.Cell;
import org.educloud.schoolday.timetables.SchoolClasses;
import org.educloud.schoolday.timetables.Timetables;
import org.educloud.schoolday.timetables.WeekGrid;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The attendance pages: the hub (a teacher's rolls of today and leave waiting for them; a parent's children, their
 * leave requests and absences; an admin's schools), the roll on a phone, and a school's daily rates by class.
 */
@Controller
class AttendancePages {

    /** A roll of today the teacher may take: the class, and the period (0 for the whole day). */
    record RollToTake(long classId, String className, int position, @Nullable String label) {
    }

    private final Rolls rolls;
    private final LeaveRequests leave;
    private final AttendanceRates rates;
    private final Timetables timetables;
    private final SchoolClasses classes;
    private final RosterDirectory roster;
    private final MessageSource messages;
    private final Clock clock;

    AttendancePages(Rolls rolls, LeaveRequests leave, AttendanceRates rates, Timetables timetables,
                    SchoolClasses classes, RosterDirectory roster, MessageSource messages, Clock clock) {
        this.rolls = rolls;
        this.leave = leave;
        this.rates = rates;
        this.timetables = timetables;
        this.classes = classes;
        this.roster = roster;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/schoolday/attendance")
    String hub(Scope scope, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("rollsToTake", rollsToTake(scope, today));
        model.addAttribute("waiting", leave.waiting(scope));
        List<StudentView> children = roster.myChildren(scope);
        model.addAttribute("children", children);
        model.addAttribute("requests", leave.mine(scope));
        Map<Long, List<Rolls.StudentMark>> absences = new LinkedHashMap<>();
        for (StudentView child : children) {
            absences.put(child.id().value(), rolls.marksOf(child.id().value(), today.minusDays(30), today));
        }
        model.addAttribute("absences", absences);
        if (scope.isAdministrator()) {
            Map<Long, String> schools = new LinkedHashMap<>();
            roster.classes(scope, null, null, 0, 200).items()
                    .forEach(c -> schools.putIfAbsent(c.schoolId().value(), c.schoolName()));
            model.addAttribute("schools", schools);
        }
        return "schoolday/attendance";
    }

    @GetMapping("/schoolday/classes/{classId}/roll")
    String roll(Scope scope, @PathVariable long classId, @RequestParam(required = false)
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
                @RequestParam(defaultValue = "0") int period, @RequestParam(required = false) @Nullable Integer told,
                Model model) {
        model.addAttribute("sheet", rolls.sheet(scope, classId, date == null ? LocalDate.now(clock) : date, period));
        model.addAttribute("marks", Mark.values());
        model.addAttribute("told", told);
        return "schoolday/roll";
    }

    @PostMapping("/schoolday/classes/{classId}/roll")
    String takeRoll(Scope scope, @PathVariable long classId,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    @RequestParam(defaultValue = "0") int period, @RequestParam Map<String, String> form) {
        Map<Long, MarkInput> marks = new HashMap<>();
        for (Map.Entry<String, String> field : form.entrySet()) {
            if (field.getKey().startsWith("mark_")) {
                long student = parseId(field.getKey().substring(5));
                Mark mark = parseMark(field.getValue());
                marks.put(student, new MarkInput(mark, form.get("reason_" + student)));
            }
        }
        int told = rolls.take(scope, classId, date, period, marks);
        return "redirect:/schoolday/classes/" + classId + "/roll?date=" + date + "&period=" + period + "&told=" + told;
    }

    @PostMapping("/schoolday/leave")
    String requestLeave(Scope scope, @RequestParam long student,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
                        @RequestParam(defaultValue = "") String reason, Model model, Locale locale,
                        HttpServletResponse response) {
        try {
            leave.request(scope, student, firstDay, lastDay, reason);
        } catch (FieldRuleViolationException refused) {
            response.setStatus(422);
            model.addAttribute("problemText", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
            return hub(scope, model);
        }
        return "redirect:/schoolday/attendance?requested";
    }

    @PostMapping("/schoolday/leave/{requestId}/decision")
    String decide(Scope scope, @PathVariable long requestId, @RequestParam boolean approve) {
        leave.decide(scope, requestId, approve);
        return "redirect:/schoolday/attendance";
    }

    @GetMapping("/schoolday/schools/{schoolId}/attendance")
    String rates(Scope scope, @PathVariable long schoolId, @RequestParam(required = false)
                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date, Model model) {
        OrgNodeView school = classes.managedSchool(scope, schoolId);
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        model.addAttribute("school", school);
        model.addAttribute("day", day);
        model.addAttribute("classDays", rates.daily(school.path(), day));
        return "schoolday/rates";
    }

    /** The head teacher's day rolls of their classes, then the periods the caller teaches today. */
    private List<RollToTake> rollsToTake(Scope scope, LocalDate today) {
        List<RollToTake> rolls = new ArrayList<>();
        Set<ClassId> led = roster.ledClasses(scope);
        for (SchoolClassView c : roster.taughtClasses(scope)) {
            if (led.contains(c.id())) {
                rolls.add(new RollToTake(c.id().value(), c.name(), 0, null));
            }
        }
        if (roster.ownStaffIds(scope).isEmpty()) {
            return rolls;
        }
        for (WeekGrid grid : timetables.myWeek(scope, today)) {
            for (BellPeriod period : grid.periods()) {
                Cell cell = period.teaching() ? grid.at(today, period.position()) : null;
                if (cell != null && !cell.cancelled() && cell.teacherId() != null
                        && roster.ownStaffIds(scope).contains(cell.teacherId())) {
                    rolls.add(new RollToTake(cell.classId(), cell.className(), period.position(),
                            period.label() + " " + cell.subject()));
                }
            }
        }
        return rolls;
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new FieldRuleViolationException("mark", "schoolday.error.mark");
        }
    }

    private static Mark parseMark(String text) {
        try {
            return Mark.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new FieldRuleViolationException("mark", "schoolday.error.mark");
        }
    }
}
