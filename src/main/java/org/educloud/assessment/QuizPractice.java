package org.educloud.assessment;

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
 * What teacher development asks of assessment as evidence of one teacher's practice at one school in a period:
 * the quizzes they set to classes (published in the period) and the classes those reached. Only the teacher or an
 * administrator of the school may ask. Openings of item analysis are announced as {@link ItemAnalysisOpened}.
 */
@Service
@Transactional(readOnly = true)
public class QuizPractice {

    public record Figures(long quizzesSet, long classesReached) {
    }

    private final JdbcClient jdbc;

    QuizPractice(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Figures of(Scope scope, UserId teacher, OrgPath school, Instant from, Instant to) {
        boolean self = scope.userId().equals(teacher) && scope.holds(Role.TEACHER, school);
        if (!self && !scope.canAdminister(school)) {
            throw new ForbiddenException("assessment.error.quizNotFound");
        }
        return jdbc.sql("""
                        SELECT count(DISTINCT q.id), count(qc.class_id) FROM assessment.quiz q
                        JOIN assessment.quiz_class qc ON qc.quiz_id = q.id
                        WHERE q.teacher_account = ? AND q.school_path = ? AND q.published_at >= ? AND q.published_at < ?""")
                .params(teacher.value(), school.value(), Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Figures(rs.getLong(1), rs.getLong(2))).single();
    }
}
