package org.educloud.schoolday.attendance;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassRoster;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentView;
import org.educloud.schoolday.timetables.SchoolClasses;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance as records to read: a class's day (every roll taken that day and each student's marks), for the school's
 * admins and the class's teachers; and one child's marks and leave requests, for their parents. Anyone else who
 * reaches the class (its parents, its students) is refused the class's day with 403; a child not one's own is 404.
 */
@Service
@Transactional(readOnly = true)
class AttendanceRecords {

    /** The longest stretch a child's record is asked for at once. */
    static final int MAX_DAYS = 366;

    /** A roll taken that day: the period ({@code position} 0 for the whole day) and when. */
    record TakenRoll(int position, Instant takenAt) {
    }

    /** One mark of a student in one roll of the day. */
    record DayMark(int position, Mark mark, @Nullable String reason) {
    }

    /** A current student of the class and their marks that day (empty when no roll was taken). */
    record StudentDay(long studentId, String name, List<DayMark> marks) {
    }

    record ClassDayRecord(long classId, String className, LocalDate date, List<TakenRoll> rolls,
                          List<StudentDay> students) {
    }

    record ChildRecord(long studentId, String name, LocalDate from, LocalDate to, List<Rolls.StudentMark> marks,
                       List<LeaveRequestView> leaveRequests) {
    }

    private final JdbcClient jdbc;
    private final RosterDirectory roster;
    private final SchoolClasses classes;
    private final Rolls rolls;
    private final LeaveRequests leave;

    AttendanceRecords(JdbcClient jdbc, RosterDirectory roster, SchoolClasses classes, Rolls rolls,
                      LeaveRequests leave) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.classes = classes;
        this.rolls = rolls;
        this.leave = leave;
    }

    ClassDayRecord classDay(Scope scope, long classId, LocalDate date) {
        ClassRoster classRoster = roster.roster(scope, ClassId.of(classId));
        boolean staff = classes.administers(scope, classRoster.schoolClass().schoolId())
                || roster.taughtClasses(scope).stream().anyMatch(c -> c.id().value() == classId);
        if (!staff) {
            throw new ForbiddenException("schoolday.error.notYourClass");
        }
        List<TakenRoll> taken = jdbc.sql("SELECT position, taken_at FROM schoolday.roll WHERE class_id = ? "
                        + "AND on_date = ? ORDER BY position")
                .params(classId, Date.valueOf(date))
                .query((rs, n) -> new TakenRoll(rs.getInt(1), rs.getTimestamp(2).toInstant())).list();
        Map<Long, List<DayMark>> marks = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT m.student_id, r.position, m.status, m.reason FROM schoolday.roll_mark m
                        JOIN schoolday.roll r ON r.id = m.roll_id
                        WHERE r.class_id = ? AND r.on_date = ? ORDER BY r.position""")
                .params(classId, Date.valueOf(date))
                .query(rs -> {
                    marks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                            new DayMark(rs.getInt(2), Mark.valueOf(rs.getString(3)), rs.getString(4)));
                });
        List<StudentDay> students = new ArrayList<>();
        for (StudentView student : classRoster.students()) {
            students.add(new StudentDay(student.id().value(), student.name(),
                    marks.getOrDefault(student.id().value(), List.of())));
        }
        return new ClassDayRecord(classId, classRoster.schoolClass().name(), date, taken, students);
    }

    ChildRecord child(Scope scope, long studentId, LocalDate from, LocalDate to) {
        StudentView child = roster.myChildren(scope).stream().filter(s -> s.id().value() == studentId).findFirst()
                .orElseThrow(() -> new NotFoundException("schoolday.error.childNotFound"));
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new FieldRuleViolationException("from", "schoolday.error.range", MAX_DAYS);
        }
        List<LeaveRequestView> requests = leave.mine(scope).stream().filter(r -> r.studentId() == studentId)
                .filter(r -> !r.lastDay().isBefore(from) && !r.firstDay().isAfter(to)).toList();
        return new ChildRecord(studentId, child.name(), from, to, rolls.marksOf(studentId, from, to), requests);
    }
}
