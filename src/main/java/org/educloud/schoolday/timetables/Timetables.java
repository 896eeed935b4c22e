package org.educloud.schoolday.timetables;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassKind;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.StaffView;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes' weekly timetables and their changes for a date: who sees which week, what is held in a period on a day,
 * and the admins' edits, each checked for clashes. A change never touches the weekly lesson, which stays as the
 * original the change names.
 */
@Service
@Transactional
@org.springframework.modulith.NamedInterface("timetables")
public class Timetables {

    private final TimetableStore store;
    private final BellSchedules bells;
    private final SchoolClasses classes;
    private final RosterDirectory roster;
    private final Clashes clashes;
    private final RosterManagement management;
    private final Clock clock;

    Timetables(TimetableStore store, BellSchedules bells, SchoolClasses classes, RosterDirectory roster,
               Clashes clashes, RosterManagement management, Clock clock) {
        this.management = management;
        this.store = store;
        this.bells = bells;
        this.classes = classes;
        this.roster = roster;
        this.clashes = clashes;
        this.clock = clock;
    }

    /** The class's bell schedule (its school's, for its term), if the school has defined one. */
    @Transactional(readOnly = true)
    public Optional<BellSchedule> scheduleOf(SchoolClassView schoolClass) {
        return bells.of(schoolClass.schoolId().value(), schoolClass.termId().value());
    }

    /** A class's week around a day, changes of that week laid over the weekly lessons; empty without a schedule. */
    @Transactional(readOnly = true)
    public Optional<WeekGrid> classWeek(Scope scope, long classId, LocalDate day) {
        SchoolClassView schoolClass = classes.reach(scope, classId);
        return scheduleOf(schoolClass).map(schedule -> classGrid(schedule, classId, day));
    }

    /**
     * The caller's week: a teacher's own lessons across their classes (one grid per school), otherwise the weeks of
     * the homeroom classes the caller attends or their children attend.
     */
    @Transactional(readOnly = true)
    public List<WeekGrid> myWeek(Scope scope, LocalDate day) {
        Set<Long> staffIds = roster.ownStaffIds(scope);
        List<WeekGrid> grids = new ArrayList<>();
        if (!staffIds.isEmpty()) {
            for (BellSchedule schedule : bells.covering(store.schedulesOfTeachers(staffIds), day)) {
                grids.add(teacherGrid(schedule, staffIds, day));
            }
            return grids;
        }
        for (SchoolClassView c : roster.myClasses(scope)) {
            if (c.kind() == ClassKind.HOMEROOM) {
                scheduleOf(c).filter(s -> s.covers(day)).ifPresent(s -> grids.add(classGrid(s, c.id().value(), day)));
            }
        }
        return grids;
    }

    /** What is held in a class's period on a date: the change for that date if any (none if cancelled), else the weekly lesson. */
    @Transactional(readOnly = true)
    public Optional<Cell> heldIn(long classId, LocalDate date, int position) {
        Optional<Cell> change = store.change(classId, date, position);
        if (change.isPresent()) {
            return change.filter(c -> !c.cancelled());
        }
        return store.lesson(classId, date.getDayOfWeek().getValue(), position);
    }

    /** Sets (or, with a blank subject, clears) a weekly lesson of a class of a school the caller runs. */
    public void setLesson(Scope scope, long classId, LessonDraft draft) {
        SchoolClassView schoolClass = classes.administered(scope, classId);
        BellSchedule schedule = scheduleOf(schoolClass)
                .orElseThrow(() -> new ConflictException("position", "schoolday.error.noSchedule"));
        BellPeriod period = teachingPeriod(schedule, draft.position());
        if (draft.weekday() < 1 || draft.weekday() > 7) {
            throw new FieldRuleViolationException("weekday", "schoolday.error.weekday");
        }
        if (draft.subject().isBlank()) {
            store.removeLesson(classId, draft.weekday(), draft.position());
            return;
        }
        checkText(draft.subject(), 24, "subject");
        checkText(draft.room(), 40, "room");
        String teacherName = teacherName(scope, schoolClass, draft.teacherId());
        clashes.checkWeekly(schedule, classId, draft, teacherName, period.label());
        try {
            store.putLesson(schedule.id(), schedule.schoolPath(), classId, schoolClass.name(), draft, teacherName);
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("teacherId", "schoolday.clash.raced");
        }
        assignTeacher(scope, classId, draft);
    }

    /**
     * A lesson's teacher teaches the class: the roster learns it (once per subject), so the teacher reaches the class
     * and its students, and may take the roll of their periods.
     */
    void assignTeacher(Scope scope, long classId, LessonDraft draft) {
        if (draft.teacherId() != null) {
            management.assignTeacher(scope, draft.teacherId(), ClassId.of(classId), draft.subject().strip());
        }
    }

    /** Records a change for one date (调课/代课/停课), replacing an earlier change of that period and date. */
    public long change(Scope scope, long classId, ChangeDraft draft) {
        SchoolClassView schoolClass = classes.administered(scope, classId);
        BellSchedule schedule = scheduleOf(schoolClass)
                .orElseThrow(() -> new ConflictException("position", "schoolday.error.noSchedule"));
        if (!schedule.covers(draft.date())) {
            throw new FieldRuleViolationException("date", "schoolday.error.dateOutsideTerm");
        }
        BellPeriod period = teachingPeriod(schedule, draft.position());
        if (draft.kind() != ChangeKind.CANCELLED && (draft.subject() == null || draft.subject().isBlank())) {
            throw new FieldRuleViolationException("subject", "schoolday.error.subjectRequired");
        }
        checkText(draft.subject(), 24, "subject");
        checkText(draft.room(), 40, "room");
        checkText(draft.note(), 200, "note");
        String teacherName = draft.kind() == ChangeKind.CANCELLED ? null : teacherName(scope, schoolClass, draft.teacherId());
        clashes.checkOnDate(schedule, classId, draft, teacherName, period.label());
        Cell original = store.lesson(classId, draft.date().getDayOfWeek().getValue(), draft.position()).orElse(null);
        ChangeDraft kept = draft.kind() == ChangeKind.CANCELLED
                ? new ChangeDraft(draft.date(), draft.position(), draft.kind(), null, null, null, draft.note()) : draft;
        return store.putChange(schedule.id(), schedule.schoolPath(), classId, schoolClass.name(), kept, original,
                teacherName, scope.userId().value(), clock.instant());
    }

    /** Takes a change back: the weekly lesson holds again on that date. */
    public void undoChange(Scope scope, long classId, long changeId) {
        classes.administered(scope, classId);
        if (store.removeChange(classId, changeId) == 0) {
            throw new NotFoundException("schoolday.error.changeNotFound");
        }
    }

    /** The teachers an admin may put in a class's lessons: the staff of its school. */
    @Transactional(readOnly = true)
    public List<StaffView> teachersFor(Scope scope, SchoolClassView schoolClass) {
        return classes.staff(scope, schoolClass.schoolId());
    }

    WeekGrid classGrid(BellSchedule schedule, long classId, LocalDate day) {
        List<LocalDate> days = schoolDays(day);
        Map<String, Cell> cells = new HashMap<>();
        for (Cell lesson : store.lessonsOfClass(classId)) {
            cells.put(WeekGrid.key(lesson.weekday(), lesson.position()), lesson);
        }
        for (Cell change : store.changesOfClass(classId, days.getFirst(), days.getLast())) {
            cells.put(WeekGrid.key(change.weekday(), change.position()), change);
        }
        return new WeekGrid(schedule, bells.periods(schedule.id()), days, cells, false);
    }

    /** The weekly lessons alone, without any date's changes: what a workbook of the timetable holds. */
    WeekGrid weeklyGrid(BellSchedule schedule, long classId) {
        Map<String, Cell> cells = new HashMap<>();
        for (Cell lesson : store.lessonsOfClass(classId)) {
            cells.put(WeekGrid.key(lesson.weekday(), lesson.position()), lesson);
        }
        return new WeekGrid(schedule, bells.periods(schedule.id()), List.of(), cells, false);
    }

    private WeekGrid teacherGrid(BellSchedule schedule, Set<Long> staffIds, LocalDate day) {
        List<LocalDate> days = schoolDays(day);
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Cell lesson : store.lessonsOfTeachers(staffIds, schedule.id())) {
            cells.put(WeekGrid.key(lesson.weekday(), lesson.position()), lesson);
        }
        for (Cell change : store.changesInSchedule(schedule.id(), days.getFirst(), days.getLast())) {
            String key = WeekGrid.key(change.weekday(), change.position());
            Cell mine = cells.get(key);
            boolean takenFromMe = mine != null && mine.change() == null && mine.classId() == change.classId();
            boolean givenToMe = change.teacherId() != null && staffIds.contains(change.teacherId());
            if (takenFromMe || givenToMe) {
                cells.put(key, change);
            }
        }
        return new WeekGrid(schedule, bells.periods(schedule.id()), days, cells, true);
    }

    /** Monday to Friday of the day's week, and the weekend days only when the day itself is one. */
    static List<LocalDate> schoolDays(LocalDate day) {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        int last = day.getDayOfWeek().getValue() > 5 ? day.getDayOfWeek().getValue() : 5;
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < last; i++) {
            days.add(monday.plusDays(i));
        }
        return days;
    }

    BellPeriod teachingPeriod(BellSchedule schedule, int position) {
        return bells.periods(schedule.id()).stream().filter(p -> p.position() == position && p.teaching()).findFirst()
                .orElseThrow(() -> new FieldRuleViolationException("position", "schoolday.error.notTeachingPeriod"));
    }

    private @Nullable String teacherName(Scope scope, SchoolClassView schoolClass, @Nullable Long teacherId) {
        if (teacherId == null) {
            return null;
        }
        return classes.staff(scope, schoolClass.schoolId()).stream().filter(s -> s.id() == teacherId)
                .map(StaffView::name).findFirst()
                .orElseThrow(() -> new FieldRuleViolationException("teacherId", "schoolday.error.teacherNotFound"));
    }

    private static void checkText(@Nullable String text, int max, String field) {
        if (text != null && (text.strip().length() > max || text.indexOf('<') >= 0 || text.indexOf('>') >= 0)) {
            throw new FieldRuleViolationException(field, "schoolday.error.text", max);
        }
    }
}
