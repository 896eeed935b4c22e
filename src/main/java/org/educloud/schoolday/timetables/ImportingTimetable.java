package org.educloud.schoolday.timetables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.StaffView;
import org.educloud.shared.ConflictException;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.CellChecks;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A class's timetable from the sheet schools already keep: periods down (第1节 or 1, 2, …, or the bell schedule's own
 * labels), school days across (周一 … 周五, 星期一, Mon), each cell {@code 科目/教师/教室} (teacher and room may be left
 * out). Rows of periods that are not lessons (早读, 午休) are skipped. All or nothing: every cell is checked, clashes
 * with other classes included, and the class's lessons are replaced only when none has a problem.
 */
@Service
class ImportingTimetable {

    static final String CORNER = "节次";
    static final List<String> DAYS = List.of("周一", "周二", "周三", "周四", "周五", "周六", "周日");

    private final Timetables timetables;
    private final BellSchedules bells;
    private final SchoolClasses classes;
    private final TimetableStore store;
    private final ImportLimits limits;

    ImportingTimetable(Timetables timetables, BellSchedules bells, SchoolClasses classes, TimetableStore store,
                       ImportLimits limits) {
        this.timetables = timetables;
        this.bells = bells;
        this.classes = classes;
        this.store = store;
        this.limits = limits;
    }

    @Transactional
    public TimetableImport importLessons(Scope scope, long classId, Path file) {
        SchoolClassView schoolClass = classes.administered(scope, classId);
        BellSchedule schedule = timetables.scheduleOf(schoolClass)
                .orElseThrow(() -> new ConflictException("file", "schoolday.error.noSchedule"));
        List<BellPeriod> periods = bells.periods(schedule.id());
        List<StaffView> staff = classes.staff(scope, schoolClass.schoolId());
        List<ImportProblem> problems = new ArrayList<>();
        List<Placed> lessons = new ArrayList<>();
        try (TabularFile table = TabularFile.open(file, limits)) {
            Iterator<TabularFile.SourceRow> rows = table.rows();
            if (!rows.hasNext()) {
                return refused(ImportProblem.ofFile("roster.import.error.empty"));
            }
            TabularFile.SourceRow header = rows.next();
            Map<Integer, Integer> weekdays = weekdays(header, problems);
            while (rows.hasNext()) {
                TabularFile.SourceRow row = rows.next();
                if (row.blank()) {
                    continue;
                }
                readRow(row, header, weekdays, periods, staff, problems, lessons);
            }
        } catch (TabularFile.Unreadable unreadable) {
            return refused(unreadable.problem());
        } catch (TabularFile.Refused refused) {
            return refused(refused.problem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Placed placed : lessons) {
            clashes(schedule, classId, placed, problems);
        }
        if (!problems.isEmpty()) {
            return new TimetableImport(false, 0, problems);
        }
        store.removeLessonsOfClass(classId);
        for (Placed placed : lessons) {
            store.putLesson(schedule.id(), schedule.schoolPath(), classId, schoolClass.name(), placed.draft(),
                    placed.teacherName());
            timetables.assignTeacher(scope, classId, placed.draft());
        }
        return new TimetableImport(true, lessons.size(), List.of());
    }

    /** A lesson read from a cell, with where it stood so a clash can be named there. */
    private record Placed(LessonDraft draft, @Nullable String teacherName, long row, String column, String value,
                          String periodLabel) {
    }

    private static Map<Integer, Integer> weekdays(TabularFile.SourceRow header, List<ImportProblem> problems) {
        Map<Integer, Integer> weekdays = new HashMap<>();
        for (int c = 1; c < header.cells().size(); c++) {
            String text = header.cell(c);
            if (text.isEmpty()) {
                continue;
            }
            int day = weekday(text);
            if (day == 0) {
                problems.add(ImportProblem.at(header.number(), text, text, "schoolday.import.weekday"));
            } else {
                weekdays.put(c, day);
            }
        }
        if (weekdays.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile("schoolday.import.header"));
        }
        return weekdays;
    }

    static int weekday(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        String[] english = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        String chinese = "一二三四五六日";
        for (int i = 0; i < 7; i++) {
            if (t.startsWith(english[i]) || t.equals(DAYS.get(i)) || t.equals("星期" + chinese.charAt(i))
                    || t.equals(String.valueOf(chinese.charAt(i))) || i == 6 && (t.equals("周天") || t.equals("星期天"))) {
                return i + 1;
            }
        }
        return 0;
    }

    private void readRow(TabularFile.SourceRow row, TabularFile.SourceRow header, Map<Integer, Integer> weekdays,
                         List<BellPeriod> periods, List<StaffView> staff, List<ImportProblem> problems,
                         List<Placed> lessons) {
        String label = row.cell(0);
        Optional<BellPeriod> period = period(label, periods);
        if (period.isEmpty()) {
            problems.add(ImportProblem.at(row.number(), CORNER, label, "schoolday.import.period"));
            return;
        }
        if (!period.get().teaching()) {
            return;
        }
        for (Map.Entry<Integer, Integer> day : weekdays.entrySet()) {
            String column = header.cell(day.getKey());
            String value = CellChecks.text(row, day.getKey(), column, 120, false, problems);
            if (value.isEmpty()) {
                continue;
            }
            String[] parts = value.split("\\s*[/／]\\s*|\\s+");
            String subject = parts[0];
            if (subject.length() > 24) {
                problems.add(ImportProblem.at(row.number(), column, value, "roster.import.error.tooLong", "24"));
                continue;
            }
            StaffView teacher = null;
            if (parts.length > 1 && !parts[1].isEmpty() && !parts[1].equals("-")) {
                List<StaffView> named = staff.stream().filter(s -> s.name().equals(parts[1])).toList();
                if (named.size() != 1) {
                    problems.add(ImportProblem.at(row.number(), column, value, named.isEmpty()
                            ? "schoolday.import.unknownTeacher" : "schoolday.import.ambiguousTeacher", parts[1]));
                    continue;
                }
                teacher = named.getFirst();
            }
            String room = parts.length > 2 ? parts[2] : null;
            if (parts.length > 3 || room != null && room.length() > 40) {
                problems.add(ImportProblem.at(row.number(), column, value, "schoolday.import.cell"));
                continue;
            }
            lessons.add(new Placed(new LessonDraft(day.getValue(), period.get().position(), subject,
                    teacher == null ? null : teacher.id(), room), teacher == null ? null : teacher.name(),
                    row.number(), column, value, period.get().label()));
        }
    }

    /** A row's period: the bell schedule's own label (第1节, 早读), or a number counting the lesson periods. */
    static Optional<BellPeriod> period(String label, List<BellPeriod> periods) {
        Optional<BellPeriod> named = periods.stream().filter(p -> p.label().equals(label)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        String digits = label.replace("第", "").replace("节", "").strip();
        if (!digits.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        List<BellPeriod> teaching = periods.stream().filter(BellPeriod::teaching).toList();
        int n = Integer.parseInt(digits);
        return n >= 1 && n <= teaching.size() ? Optional.of(teaching.get(n - 1)) : Optional.empty();
    }

    private void clashes(BellSchedule schedule, long classId, Placed placed, List<ImportProblem> problems) {
        LessonDraft draft = placed.draft();
        if (draft.teacherId() != null) {
            store.teacherWeekly(schedule.id(), draft.teacherId(), draft.weekday(), draft.position(), classId)
                    .ifPresent(other -> problems.add(clash(placed, "schoolday.clash.teacher",
                            placed.teacherName() == null ? "" : placed.teacherName(), other)));
        }
        String room = TimetableStore.blankToNull(draft.room());
        if (room != null) {
            store.roomWeekly(schedule.id(), room, draft.weekday(), draft.position(), classId)
                    .ifPresent(other -> problems.add(clash(placed, "schoolday.clash.room", room, other)));
        }
    }

    private static ImportProblem clash(Placed placed, String key, String who, Cell other) {
        return ImportProblem.at(placed.row(), placed.column(), placed.value(), key, who, other.className(),
                other.subject() == null ? "" : other.subject(), placed.periodLabel());
    }

    private static TimetableImport refused(ImportProblem problem) {
        return new TimetableImport(false, 0, List.of(problem));
    }
}
