package org.educloud.schoolday.attendance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassRoster;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.StudentView;
import org.educloud.schoolday.timetables.BellPeriod;
import org.educloud.schoolday.timetables.BellSchedules;
import org.educloud.schoolday.timetables.SchoolClasses;
import org.educloud.schoolday.timetables.Timetables;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking the roll: the sheet with everyone present by default (on leave where a request was approved), and saving it
 * as a whole, which tells parents of absences without leave. Taking it again replaces the earlier marks.
 */
@Service
@Transactional
@org.springframework.modulith.NamedInterface("attendance")
public class Rolls {

    private final JdbcClient jdbc;
    private final RosterDirectory roster;
    private final RollRights rights;
    private final Timetables timetables;
    private final BellSchedules bells;
    private final LeaveRequests leave;
    private final AbsenceNotices notices;
    private final SchoolClasses classes;
    private final Clock clock;

    Rolls(JdbcClient jdbc, RosterDirectory roster, RollRights rights, Timetables timetables, BellSchedules bells,
          LeaveRequests leave, AbsenceNotices notices, SchoolClasses classes, Clock clock) {
        this.classes = classes;
        this.jdbc = jdbc;
        this.roster = roster;
        this.rights = rights;
        this.timetables = timetables;
        this.bells = bells;
        this.leave = leave;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RollSheet sheet(Scope scope, long classId, LocalDate date, int position) {
        ClassRoster classRoster = roster.roster(scope, ClassId.of(classId));
        SchoolClassView schoolClass = classRoster.schoolClass();
        String label = check(scope, schoolClass, date, position);
        Map<Long, MarkInput> taken = marks(classId, date, position);
        Map<Long, String> approved = leave.approvedOn(classId, date);
        List<RollLine> lines = new ArrayList<>();
        for (StudentView student : classRoster.students()) {
            long id = student.id().value();
            MarkInput mark = taken.get(id);
            if (mark == null) {
                mark = approved.containsKey(id) ? new MarkInput(Mark.LEAVE, approved.get(id)) : new MarkInput(Mark.PRESENT, null);
            }
            lines.add(new RollLine(id, student.name(), mark.mark(), mark.reason(), approved.containsKey(id)));
        }
        return new RollSheet(schoolClass, date, position, label, lines, !taken.isEmpty());
    }

    /**
     * Saves the roll; students the form leaves out are present (on leave where a request was approved). Answers how many parents were told of an absence
     * without leave.
     */
    public int take(Scope scope, long classId, LocalDate date, int position, Map<Long, MarkInput> marks) {
        ClassRoster classRoster = roster.roster(scope, ClassId.of(classId));
        SchoolClassView schoolClass = classRoster.schoolClass();
        check(scope, schoolClass, date, position);
        for (MarkInput mark : marks.values()) {
            if (mark.reason() != null && (mark.reason().length() > 200 || mark.reason().indexOf('<') >= 0)) {
                throw new FieldRuleViolationException("reason", "schoolday.error.text", 200);
            }
        }
        String schoolPath = classes.pathOf(schoolClass.schoolId()).value();
        long rollId = jdbc.sql("""
                        INSERT INTO schoolday.roll (school_id, school_path, class_id, class_name, on_date, position,
                          taken_by, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (class_id, on_date, position) DO UPDATE SET taken_by = excluded.taken_by,
                          taken_at = excluded.taken_at RETURNING id""")
                .params(schoolClass.schoolId().value(), schoolPath, classId, schoolClass.name(), Date.valueOf(date),
                        position, scope.userId().value(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        jdbc.sql("DELETE FROM schoolday.roll_mark WHERE roll_id = ?").param(rollId).update();
        Map<Long, String> approved = leave.approvedOn(classId, date);
        Map<Long, String> names = new HashMap<>();
        List<Long> unexplained = new ArrayList<>();
        for (StudentView student : classRoster.students()) {
            long id = student.id().value();
            names.put(id, student.name());
            MarkInput mark = marks.getOrDefault(id, approved.containsKey(id)
                    ? new MarkInput(Mark.LEAVE, approved.get(id)) : new MarkInput(Mark.PRESENT, null));
            jdbc.sql("INSERT INTO schoolday.roll_mark (roll_id, student_id, status, reason) VALUES (?, ?, ?, ?)")
                    .params(rollId, id, mark.mark().name(), blankToNull(mark.reason())).update();
            if (mark.mark() == Mark.ABSENT && !approved.containsKey(id)) {
                unexplained.add(id);
            }
        }
        return notices.tell(unexplained, names, schoolClass.name(), date);
    }

    /** A student's marks in a date range, newest first, for their parents' page (the caller's reach checked before). */
    @Transactional(readOnly = true)
    public List<StudentMark> marksOf(long studentId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT r.on_date, r.position, m.status, m.reason, r.class_name FROM schoolday.roll_mark m
                        JOIN schoolday.roll r ON r.id = m.roll_id
                        WHERE m.student_id = ? AND r.on_date BETWEEN ? AND ? AND m.status <> 'PRESENT'
                        ORDER BY r.on_date DESC, r.position""")
                .params(studentId, Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new StudentMark(rs.getDate(1).toLocalDate(), rs.getInt(2),
                        Mark.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** A mark other than present, as a parent's page lists it. */
    public record StudentMark(LocalDate date, int position, Mark mark, @Nullable String reason, String className) {
    }

    /** The period's label, or null for the day; refuses future dates, non-lesson periods and callers who may not. */
    private @Nullable String check(Scope scope, SchoolClassView schoolClass, LocalDate date, int position) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new FieldRuleViolationException("date", "schoolday.error.futureRoll");
        }
        String label = null;
        if (position != 0) {
            BellPeriod period = timetables.scheduleOf(schoolClass)
                    .flatMap(s -> bells.periods(s.id()).stream().filter(p -> p.position() == position && p.teaching())
                            .findFirst())
                    .orElseThrow(() -> new FieldRuleViolationException("period", "schoolday.error.notTeachingPeriod"));
            label = period.label();
        }
        rights.checkMayTake(scope, schoolClass, date, position);
        return label;
    }

    private Map<Long, MarkInput> marks(long classId, LocalDate date, int position) {
        Map<Long, MarkInput> marks = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT m.student_id, m.status, m.reason FROM schoolday.roll_mark m
                        JOIN schoolday.roll r ON r.id = m.roll_id
                        WHERE r.class_id = ? AND r.on_date = ? AND r.position = ?""")
                .params(classId, Date.valueOf(date), position)
                .query(rs -> {
                    marks.put(rs.getLong(1), new MarkInput(Mark.valueOf(rs.getString(2)), rs.getString(3)));
                });
        return marks;
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
