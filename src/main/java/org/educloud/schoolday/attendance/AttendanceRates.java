package org.educloud.schoolday.attendance;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.schoolday.AttendanceFigures;
import org.educloud.schoolday.ChronicAbsence;
import org.educloud.roster.StudentId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance figures from the marks: a school's daily rates by class for its admins, and chronic absence for other
 * modules. A student-day counts as missed when every mark of that day says absent or on leave; chronic absence
 * counts only the missed days without leave (neither all marks "on leave" nor covered by an approved request).
 */
@Service
@Transactional(readOnly = true)
class AttendanceRates implements AttendanceFigures {

    private static final String STUDENT_DAYS = """
            SELECT r.class_id, max(r.class_name) AS class_name, m.student_id, r.on_date,
                   bool_and(m.status IN ('ABSENT', 'LEAVE')) AS missed, bool_and(m.status = 'LEAVE') AS on_leave,
                   bool_or(m.status IN ('ABSENT', 'LATE')) AS partly
            FROM schoolday.roll r JOIN schoolday.roll_mark m ON m.roll_id = r.id
            """;

    private final JdbcClient jdbc;
    private final RosterDirectory roster;

    AttendanceRates(JdbcClient jdbc, RosterDirectory roster) {
        this.jdbc = jdbc;
        this.roster = roster;
    }

    /** Each class of the school with a roll that day, by name; the school is one the caller administers. */
    List<ClassDay> daily(OrgPath school, LocalDate date) {
        return jdbc.sql("SELECT class_id, max(class_name), count(*), count(*) FILTER (WHERE missed), "
                        + "count(*) FILTER (WHERE on_leave), count(*) FILTER (WHERE partly AND NOT missed) FROM ("
                        + STUDENT_DAYS + " WHERE r.school_path LIKE ? AND r.on_date = ? "
                        + "GROUP BY r.class_id, m.student_id, r.on_date) d GROUP BY class_id ORDER BY 2")
                .params(school.likePattern(), Date.valueOf(date))
                .query((rs, n) -> new ClassDay(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .list();
    }

    @Override
    public List<ChronicAbsence> recordedDays(Scope scope, OrgPath under, LocalDate from, LocalDate to) {
        // no student misses fewer than a negative share of their days: everyone with a record is answered
        return chronicAbsence(scope, under, from, to, -1);
    }

    @Override
    public List<ChronicAbsence> chronicAbsence(Scope scope, OrgPath under, LocalDate from, LocalDate to, double share) {
        boolean administers = scope.canAdminister(under);
        List<Long> taught = roster.taughtClasses(scope).stream().map(c -> c.id().value()).toList();
        if (!administers && taught.isEmpty()) {
            return List.of();
        }
        String reach = administers ? "" : " AND r.class_id IN (:taught)";
        // a day on leave (every mark says so, or an approved request covers it) is excused, not missed
        String unexcused = "missed AND NOT on_leave AND NOT EXISTS (SELECT 1 FROM schoolday.leave_request l "
                + "WHERE l.student_id = d.student_id AND l.status = 'APPROVED' AND d.on_date BETWEEN l.first_day "
                + "AND l.last_day)";
        var query = jdbc.sql("SELECT max(class_id), student_id, count(*), count(*) FILTER (WHERE " + unexcused
                        + ") FROM (" + STUDENT_DAYS + " WHERE r.school_path LIKE :under AND r.on_date BETWEEN :from "
                        + "AND :to" + reach + " GROUP BY r.class_id, m.student_id, r.on_date) d GROUP BY student_id "
                        + "HAVING count(*) FILTER (WHERE " + unexcused + ") > :share * count(*) "
                        + "ORDER BY count(*) FILTER (WHERE " + unexcused + ")::float / count(*) DESC, student_id")
                .param("under", under.likePattern()).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("share", share);
        if (!administers) {
            query = query.param("taught", taught);
        }
        return query.query((rs, n) -> new ChronicAbsence(StudentId.of(rs.getLong(2)), ClassId.of(rs.getLong(1)),
                        rs.getInt(3), rs.getInt(4)))
                .list();
    }
}
