package org.educloud.learning;

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
