package org.educloud.learning;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.educloud.roster.ClassId;
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
 * The learning space in figures for the equity reports: work set and handed in per school and per class, and each
 * class's returned grades as shares of the maximum. Only published assignments due in the period count, and only grades
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
        record ClassWork(long schoolId, long classId, long assignments, long submitted, long graded, long owed,
                         long unsized) {
        }
        List<ClassWork> work = jdbc.sql("""
                        SELECT a.school_id, a.class_id, count(*), sum(a.submitted_students), sum(a.graded_students),
                            coalesce(sum(a.class_size), 0), count(*) FILTER (WHERE a.class_size IS NULL)
                        FROM learning.assignment a
                        WHERE a.status = 'PUBLISHED' AND a.school_path LIKE ? AND a.due_at >= ? AND a.due_at < ?
                        GROUP BY a.school_id, a.class_id""")
                .params(under.likePattern(), Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new ClassWork(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .list();
        // hand-ins owed: the class size kept at publication, and the current one only for assignments published
        // before sizes were kept
        List<ClassId> unsized = work.stream().filter(w -> w.unsized() > 0).map(w -> ClassId.of(w.classId())).toList();
        Map<ClassId, Long> classSizes = unsized.isEmpty() ? Map.of() : roster.classSizes(scope, under, unsized);
        Map<Long, long[]> schools = new HashMap<>();
        for (ClassWork w : work) {
            long[] s = schools.computeIfAbsent(w.schoolId(), id -> new long[4]);
            s[0] += w.assignments();
            s[1] += w.owed() + w.unsized() * classSizes.getOrDefault(ClassId.of(w.classId()), 0L);
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
                          SELECT a.class_id, count(*) AS assignments, sum(a.submitted_students) AS submitted,
                            sum(a.graded_students) AS graded
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
                .query((rs, n) -> new ClassWork(ClassId.of(rs.getLong(1)), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), share(rs.getBigDecimal(6))))
                .list();
    }

    private static @Nullable Double share(@Nullable BigDecimal mean) {
        return mean == null ? null : mean.doubleValue();
    }

    private static void requireAdministrator(Scope scope, OrgPath under) {
        if (!scope.canAdminister(under)) {
            throw new ForbiddenException("learning.error.reportForbidden");
        }
    }
}
