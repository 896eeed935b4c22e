package org.educloud.schoolday.timetables;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.DomainException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Scope;
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
 * The timetable pages: the caller's week, today's periods as a fragment other pages include, and a class's
 * timetable, where the school's admins set lessons and record changes for a date (a clash is shown on the page).
 */
@Controller
class TimetablePages {

    /** Subjects of the national curriculum offered in the lesson form (any other subject may be typed). */
    static final List<String> SUBJECTS = List.of("语文", "数学", "英语", "道德与法治", "科学", "物理", "化学", "生物",
            "历史", "地理", "音乐", "美术", "体育", "信息科技", "劳动", "综合实践", "班会", "书法");

    private final Timetables timetables;
    private final WorkInPeriods work;
    private final SchoolClasses classes;
    private final RosterDirectory roster;
    private final MessageSource messages;
    private final Clock clock;

    TimetablePages(Timetables timetables, WorkInPeriods work, SchoolClasses classes, RosterDirectory roster,
                   MessageSource messages, Clock clock) {
        this.timetables = timetables;
        this.work = work;
        this.classes = classes;
        this.roster = roster;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/schoolday/timetable")
    String myWeek(Scope scope, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                  @Nullable LocalDate date, Model model) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        model.addAttribute("day", day);
        model.addAttribute("today", LocalDate.now(clock));
        List<WeekGrid> grids = timetables.myWeek(scope, day);
        model.addAttribute("grids", grids);
        model.addAttribute("work", workIn(scope, grids));
        if (scope.isAdministrator()) {
            List<SchoolClassView> administered = roster.classes(scope, null, null, 0, 200).items();
            Map<Long, String> schools = new LinkedHashMap<>();
            administered.forEach(c -> schools.putIfAbsent(c.schoolId().value(), c.schoolName()));
            model.addAttribute("administeredClasses", administered);
            model.addAttribute("schools", schools);
        }
        return "schoolday/my-week";
    }

    /** Today's periods of the caller, for a home page to include (htmx); empty when there are none. */
    @GetMapping("/schoolday/today")
    String today(Scope scope, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        List<WeekGrid> grids = timetables.myWeek(scope, today);
        model.addAttribute("grids", grids);
        model.addAttribute("work", workIn(scope, grids));
        return "schoolday/today :: today";
    }

    @GetMapping("/schoolday/classes/{classId}/timetable")
    String classTimetable(Scope scope, @PathVariable long classId, @RequestParam(required = false)
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date, Model model) {
        return page(scope, classId, date, model);
    }

    @PostMapping("/schoolday/classes/{classId}/lessons")
    String setLesson(Scope scope, @PathVariable long classId, @RequestParam int weekday, @RequestParam int position,
                     @RequestParam(defaultValue = "") String subject, @RequestParam(required = false) @Nullable Long teacherId,
                     @RequestParam(required = false) @Nullable String room, Model model, Locale locale,
                     HttpServletResponse response) {
        try {
            timetables.setLesson(scope, classId, new LessonDraft(weekday, position, subject, teacherId, room));
        } catch (ForbiddenException | org.educloud.shared.NotFoundException e) {
            throw e;
        } catch (DomainException refused) {
            return refused(scope, classId, null, refused, model, locale, response);
        }
        return "redirect:/schoolday/classes/" + classId + "/timetable";
    }

    @PostMapping("/schoolday/classes/{classId}/changes")
    String change(Scope scope, @PathVariable long classId,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @RequestParam int position, @RequestParam ChangeKind kind,
                  @RequestParam(required = false) @Nullable String subject,
                  @RequestParam(required = false) @Nullable Long teacherId,
                  @RequestParam(required = false) @Nullable String room,
                  @RequestParam(required = false) @Nullable String note, Model model, Locale locale,
                  HttpServletResponse response) {
        try {
            timetables.change(scope, classId, new ChangeDraft(date, position, kind, subject, teacherId, room, note));
        } catch (ForbiddenException | org.educloud.shared.NotFoundException e) {
            throw e;
        } catch (DomainException refused) {
            return refused(scope, classId, date, refused, model, locale, response);
        }
        return "redirect:/schoolday/classes/" + classId + "/timetable?date=" + date;
    }

    @PostMapping("/schoolday/classes/{classId}/changes/{changeId}/delete")
    String undoChange(Scope scope, @PathVariable long classId, @PathVariable long changeId) {
        timetables.undoChange(scope, classId, changeId);
        return "redirect:/schoolday/classes/" + classId + "/timetable";
    }

    /** The work tied to periods of the grids' classes in their days. */
    private Map<String, List<org.educloud.learning.PeriodWork>> workIn(Scope scope, List<WeekGrid> grids) {
        Map<String, List<org.educloud.learning.PeriodWork>> found = new java.util.HashMap<>();
        for (WeekGrid grid : grids) {
            if (grid.days().isEmpty()) {
                continue;
            }
            java.util.Set<Long> classIds = new java.util.TreeSet<>();
            grid.cells().values().forEach(c -> classIds.add(c.classId()));
            found.putAll(work.byPeriod(scope, classIds, grid.days().getFirst(), grid.days().getLast()));
        }
        return found;
    }

    private String refused(Scope scope, long classId, @Nullable LocalDate date, DomainException refused, Model model,
                           Locale locale, HttpServletResponse response) {
        response.setStatus(refused instanceof org.educloud.shared.ConflictException ? 409
                : refused instanceof org.educloud.shared.NotFoundException ? 404 : 422);
        model.addAttribute("problemText", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
        return page(scope, classId, date, model);
    }

    private String page(Scope scope, long classId, @Nullable LocalDate date, Model model) {
        SchoolClassView schoolClass = classes.reach(scope, classId);
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        boolean admin = classes.administers(scope, schoolClass.schoolId());
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("day", day);
        model.addAttribute("today", LocalDate.now(clock));
        WeekGrid grid = timetables.classWeek(scope, classId, day).orElse(null);
        model.addAttribute("grid", grid);
        model.addAttribute("admin", admin);
        if (grid != null) {
            model.addAttribute("work", work.byPeriod(scope, List.of(classId), grid.days().getFirst(), grid.days().getLast()));
            model.addAttribute("tieable", work.tieable(scope, classId));
        }
        if (admin) {
            model.addAttribute("teachers", timetables.teachersFor(scope, schoolClass));
            model.addAttribute("subjects", SUBJECTS);
            model.addAttribute("changeKinds", ChangeKind.values());
            model.addAttribute("weekdays", new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7)));
        }
        return "schoolday/class-timetable";
    }
}
