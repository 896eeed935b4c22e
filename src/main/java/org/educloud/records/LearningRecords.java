package org.educloud.records;

import java.time.LocalDate;
import java.util.List;
import org.educloud.shared.CalendarSpan;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask the learning records: daily activity figures under an org node, read from the
 * aggregates kept as activities are recorded.
 */
@Service
public class LearningRecords {

    /** One school's activity on one day: statements recorded, distinct active students, minutes spent. */
    public record SchoolDay(long schoolId, LocalDate day, long statements, long activeStudents, long minutes) {
    }

    /** One school's activity over a period: statements, student-days (active students summed over days), minutes. */
    public record SchoolPeriod(long schoolId, long statements, long studentDays, long minutes) {
    }

    private final JdbcClient jdbc;

    LearningRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per school and day under {@code under}, for days in [from, to]; the caller must be able to see the node. */
    @Transactional(readOnly = true)
    public List<SchoolDay> schoolDays(Scope scope, OrgPath under, LocalDate from, LocalDate to) {
        if (!scope.canSee(under)) {
            throw new ForbiddenException("records.forbidden");
        }
        return jdbc.sql("""
                        SELECT school_id, day, statements, active_students, seconds / 60
                        FROM records.daily_school_activity
                        WHERE school_path LIKE :under AND day BETWEEN :from AND :to
                        ORDER BY day, school_id""")
                .param("under", under.likePattern()).param("from", from).param("to", to)
                .query((rs, n) -> new SchoolDay(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /**
     * Per school under {@code under}, summed over the days in [from, to]: one row per school for a region's report,
     * read from the monthly totals for whole months and from the daily ones only at the period's ends.
     */
    @Transactional(readOnly = true)
    public List<SchoolPeriod> schoolPeriods(Scope scope, OrgPath under, LocalDate from, LocalDate to) {
        if (!scope.canSee(under)) {
            throw new ForbiddenException("records.forbidden");
        }
        CalendarSpan span = CalendarSpan.of(from, to);
        return jdbc.sql("""
                        SELECT school_id, sum(statements), sum(student_days), sum(seconds) / 60 FROM (
                          SELECT school_id, statements, active_students AS student_days, seconds
                          FROM records.daily_school_activity
                          WHERE school_path LIKE :under AND day BETWEEN :from AND :headTo
                          UNION ALL
                          SELECT school_id, statements, active_students, seconds FROM records.daily_school_activity
                          WHERE school_path LIKE :under AND day BETWEEN :tailFrom AND :to
                          UNION ALL
                          SELECT school_id, statements, student_days, seconds FROM records.monthly_school_activity
                          WHERE school_path LIKE :under AND month BETWEEN :wholeFrom AND :wholeTo) periods
                        GROUP BY school_id ORDER BY school_id""")
                .param("under", under.likePattern()).param("from", from).param("to", to)
                .param("headTo", span.headTo()).param("tailFrom", span.tailFrom())
                .param("wholeFrom", span.wholeFrom()).param("wholeTo", span.wholeTo())
                .query((rs, n) -> new SchoolPeriod(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }
}
