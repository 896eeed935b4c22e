package org.educloud.library;

import java.sql.Timestamp;
import java.time.Instant;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What one teacher contributed to the library at one school over a period, as evidence beside their digital-competence
 * self-assessment: resources authored and how review treated them, and resources pushed to classes. Only the teacher
 * themself, or an administrator of the school, may ask.
 */
@Service
@Transactional(readOnly = true)
public class TeacherContributions {

    /** A teacher's library figures for a period; resources count by when they were created, pushes by when sent. */
    public record Contributions(long authored, long published, long rejected, long inReview, long pushes,
                                long pushedClasses) {
    }

    private final JdbcClient jdbc;

    TeacherContributions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Contributions of(Scope scope, UserId teacher, OrgPath school, Instant from, Instant to) {
        boolean self = scope.userId().equals(teacher) && scope.holds(Role.TEACHER, school);
        if (!self && !scope.canAdminister(school)) {
            throw new ForbiddenException("library.error.usageForbidden");
        }
        record Authored(long authored, long published, long rejected, long inReview) {
        }
        Authored authored = jdbc.sql("""
                        SELECT count(*), count(*) FILTER (WHERE status = 'PUBLISHED'),
                            count(*) FILTER (WHERE status = 'REJECTED'),
                            count(*) FILTER (WHERE status IN ('SUBMITTED', 'SCHOOL_APPROVED'))
                        FROM library.resource
                        WHERE author_id = ? AND owner_path LIKE ? AND created_at >= ? AND created_at < ?""")
                .params(teacher.value(), school.likePattern(), Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Authored(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
        long[] pushes = jdbc.sql("""
                        SELECT count(*), count(DISTINCT class_id) FROM library.class_push
                        WHERE teacher_id = ? AND school_path LIKE ? AND pushed_at >= ? AND pushed_at < ?""")
                .params(teacher.value(), school.likePattern(), Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        return new Contributions(authored.authored(), authored.published(), authored.rejected(), authored.inReview(),
                pushes[0], pushes[1]);
    }
}
