package org.educloud.learning;

import java.sql.Timestamp;
import java.time.Instant;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What one teacher did in the learning space at one school over a period, as evidence beside their
 * digital-competence self-assessment: courses built and shared, assignments set, and how long handed-in work waited
 * for their grade. Only the teacher themself, or an administrator of the school, may ask.
 */
@Service
@Transactional(readOnly = true)
public class TeachingRecord {

    /**
     * A teacher's learning-space figures for a period.
     *
     * @param medianHoursToGrade from hand-in to grade, over the grades given in the period; null without any
     */
    public record TeachingFigures(long courses, long publishedCourses, long sharedCourses, long assignmentsSet,
                                  long graded, @Nullable Double medianHoursToGrade) {
    }

    private final JdbcClient jdbc;

    TeachingRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public TeachingFigures of(Scope scope, UserId teacher, OrgPath school, Instant from, Instant to) {
        boolean self = scope.userId().equals(teacher) && scope.holds(Role.TEACHER, school);
        if (!self && !scope.canAdminister(school)) {
            throw new ForbiddenException("learning.error.reportForbidden");
        }
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(to);
        long[] courses = jdbc.sql("""
                        SELECT count(*), count(*) FILTER (WHERE status = 'PUBLISHED'),
                            count(*) FILTER (WHERE status = 'PUBLISHED' AND sharing <> 'OWN_CLASSES')
                        FROM learning.course
                        WHERE owner_account = ? AND school_path LIKE ? AND created_at >= ? AND created_at < ?""")
                .params(teacher.value(), school.likePattern(), start, end)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        long assignments = jdbc.sql("""
                        SELECT count(*) FROM learning.assignment
                        WHERE teacher_account = ? AND school_path LIKE ? AND status = 'PUBLISHED'
                            AND created_at >= ? AND created_at < ?""")
                .params(teacher.value(), school.likePattern(), start, end)
                .query(Long.class).single();
        record Turnaround(long graded, @Nullable Double medianHours) {
        }
        Turnaround turnaround = jdbc.sql("""
                        SELECT count(*), percentile_cont(0.5) WITHIN GROUP
                            (ORDER BY extract(epoch FROM g.graded_at - s.submitted_at) / 3600)
                        FROM learning.grade g
                        JOIN learning.submission s ON s.id = g.submission_id
                        JOIN learning.assignment a ON a.id = g.assignment_id
                        WHERE a.teacher_account = ? AND a.school_path LIKE ? AND g.graded_at >= ? AND g.graded_at < ?""")
                .params(teacher.value(), school.likePattern(), start, end)
                .query((rs, n) -> new Turnaround(rs.getLong(1), (Double) rs.getObject(2)))
                .single();
        return new TeachingFigures(courses[0], courses[1], courses[2], assignments, turnaround.graded(),
                turnaround.medianHours());
    }
}
