package org.educloud.learning;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning space in figures for the equity reports: work set and handed in per school, and each student's
 * returned grades as shares of the maximum. Only published assignments due in the period count, and only grades
 * the teacher has returned: a draft grade is not yet an outcome.
 */
@Service
@Transactional(readOnly = true)
public class LearningFigures {

    private final JdbcClient jdbc;
    private final RosterDirectory roster;

    LearningFigures(JdbcClient jdbc, RosterDirectory roster) {
        this.jdbc = jdbc;
        this.roster = roster;
    }

    public List<SchoolWork> perSchool(Scope scope, OrgPath under, Instant from, Instant to) {
        requireAdministrator(scope, under);
        record ClassWork(long schoolId, long classId, long assignments, long submitted, long graded) {
        }
        List<ClassWork> work = jdbc.sql("""
                        SELECT a.school_id, a.class_id, count(*),
                            sum((SELECT count(DISTINCT s.student_id) FROM learning.submission s WHERE s.assignment_id = a.id)),
                            sum((SELECT count(*) FROM learning.grade g WHERE g.assignment_id = a.id))
                        FROM learning.assignment a
                        WHERE a.status = 'PUBLISHED' AND a.school_path LIKE ? AND a.due_at >= ? AND a.due_at < ?
                        GROUP BY a.school_id, a.class_id""")
                .params(under.likePattern(), Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new ClassWork(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
        // only the classes that were set work: a region has far more classes than classes with work in a period
        Map<Long, Long> classSizes = roster.classSizes(scope, under, work.stream().map(ClassWork::classId).toList());
        Map<Long, long[]> schools = new HashMap<>();
        for (ClassWork w : work) {
            long[] s = schools.computeIfAbsent(w.schoolId(), id -> new long[4]);
            s[0] += w.assignments();
            s[1] += w.assignments() * classSizes.getOrDefault(w.classId(), 0L);
            s[2] += w.submitted();
            s[3] += w.graded();
        }
        return new TreeSet<>(schools.keySet()).stream().map(id -> {
            long[] s = schools.get(id);
            return new SchoolWork(OrgId.of(id), s[0], s[1], s[2], s[3]);
        }).toList();
    }

    /** The classes of one school (or any node) with work due in the period, for the drill-down to classes. */
    public List<ClassWork> perClass(Scope scope, OrgPath under, Instant from, Instant to) {
        requireAdministrator(scope, under);
        return jdbc.sql("""
                        WITH work AS (
                          SELECT a.class_id, count(*) AS assignments,
                            sum((SELECT count(DISTINCT s.student_id) FROM learning.submission s
                                 WHERE s.assignment_id = a.id)) AS submitted,
                            sum((SELECT count(*) FROM learning.grade g WHERE g.assignment_id = a.id)) AS graded
                          FROM learning.assignment a
                          WHERE a.status = 'PUBLISHED' AND a.school_path LIKE :under AND a.due_at >= :from
                            AND a.due_at < :to
                          GROUP BY a.class_id),
                        student AS (
                          SELECT a.class_id, g.student_id, avg(g.score / a.max_score) AS share
                          FROM learning.grade g JOIN learning.assignment a ON a.id = g.assignment_id
                          WHERE a.status = 'PUBLISHED' AND a.school_path LIKE :under AND a.due_at >= :from
                            AND a.due_at < :to AND g.released_at IS NOT NULL
                          GROUP BY a.class_id, g.student_id),
                        outcome AS (
                          SELECT class_id, count(*) AS students, avg(share) AS share FROM student GROUP BY class_id)
                        SELECT w.class_id, w.assignments, w.submitted, w.graded, coalesce(o.students, 0), o.share
                        FROM work w LEFT JOIN outcome o ON o.class_id = w.class_id
                        ORDER BY w.class_id""")
                .param("under", under.likePattern()).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new ClassWork(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), share(rs.getBigDecimal(6))))
                .list();
    }

    private static @Nullable Double share(@Nullable BigDecimal mean) {
        return mean == null ? null : mean.doubleValue();
    }

    public List<StudentScore> studentScores(Scope scope, OrgPath under, Instant from, Instant to) {
        requireAdministrator(scope, under);
        return jdbc.sql("""
                        SELECT g.student_id, a.school_id, avg(g.score / a.max_score), count(*)
                        FROM learning.grade g JOIN learning.assignment a ON a.id = g.assignment_id
                        WHERE a.school_path LIKE ? AND a.due_at >= ? AND a.due_at < ? AND g.released_at IS NOT NULL
                          AND a.status = 'PUBLISHED'
                        GROUP BY g.student_id, a.school_id""")
                .params(under.likePattern(), Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new StudentScore(rs.getLong(1), OrgId.of(rs.getLong(2)), rs.getDouble(3),
                        rs.getInt(4)))
                .list();
    }

    private static void requireAdministrator(Scope scope, OrgPath under) {
        if (!scope.canAdminister(under)) {
            throw new ForbiddenException("learning.error.reportForbidden");
        }
    }
}
