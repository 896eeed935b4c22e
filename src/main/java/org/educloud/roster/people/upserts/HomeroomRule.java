package org.educloud.roster.people.upserts;

import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A student belongs to at most one homeroom class (行政班) at a time: placing them in a homeroom class ends, on the
 * given day, every other open homeroom membership they have. A placement in a teaching class (教学班) ends nothing,
 * and a membership the same import places them in again stays. Every import that places students (the school's
 * student file, the enrolment file, OneRoster enrollments) applies the rule through here, before it writes the placements, so the rule
 * has one wording; docs/oneroster-mapping.md states it for the OneRoster import.
 */
@Component
public class HomeroomRule {

    private final JdbcClient jdbc;

    HomeroomRule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Ends the other homeroom memberships of the students these placements put in a homeroom class open-ended.
     *
     * @param placements a table (usually temporary) or parenthesised query with the columns {@code student_id},
     *                   {@code class_id} and {@code ends_on} (null: open-ended) of the placements the import is about
     *                   to write; named by the calling code, never taken from user input
     * @param on             the day the old memberships end
     * @return how many memberships ended
     */
    public int endOtherHomerooms(String placements, LocalDate on) {
        return jdbc.sql(RULE.formatted(placements)).param(Date.valueOf(on)).update();
    }

    /**
     * The same rule for one open-ended placement: a file that places students one row at a time, each from its
     * own day (the enrolment import, from the term's first day), applies it row by row, so a later row of the
     * file moves a student on from the class an earlier row placed them in.
     *
     * @return how many memberships ended
     */
    public int endOtherHomerooms(long studentId, long classId, LocalDate on) {
        return jdbc.sql(RULE.formatted("(SELECT CAST(? AS bigint) AS student_id, CAST(? AS bigint) AS class_id, "
                        + "CAST(NULL AS date) AS ends_on)"))
                .params(Date.valueOf(on), studentId, classId, studentId, classId).update();
    }

    private static final String RULE = """
            UPDATE roster.enrolment e SET ends_on = ?
            FROM roster.school_class c
            WHERE c.id = e.class_id AND c.kind = 'HOMEROOM' AND e.ends_on IS NULL
              AND e.student_id IN (SELECT p.student_id FROM %1$s p
                                   JOIN roster.school_class h ON h.id = p.class_id AND h.kind = 'HOMEROOM'
                                   WHERE p.ends_on IS NULL)
              AND NOT EXISTS (SELECT 1 FROM %1$s p
                              WHERE p.student_id = e.student_id AND p.class_id = e.class_id)""";
}
