package org.educloud.development.assessments;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Self-assessments and their ratings in the development schema. */
@Repository
public class AssessmentStore {

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredAssessment> find(long frameworkId, long teacher, String period) {
        record Head(long id, String teacherName, long schoolId, String schoolPath, Instant submittedAt,
                    @Nullable String reviewerName, @Nullable String reviewNote, @Nullable Timestamp reviewedAt) {
        }
        Optional<Head> head = jdbc.sql("""
                        SELECT id, teacher_name, school_id, school_path, submitted_at, reviewer_name, review_note,
                            reviewed_at
                        FROM development.self_assessment
                        WHERE framework_id = ? AND teacher_account = ? AND period = ?""")
                .params(frameworkId, teacher, period)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getTimestamp(8)))
                .optional();
        return head.map(h -> new StoredAssessment(h.id(), frameworkId, teacher, h.teacherName(), h.schoolId(),
                new OrgPath(h.schoolPath()), period, h.submittedAt(), h.reviewerName(), h.reviewNote(),
                h.reviewedAt() == null ? null : h.reviewedAt().toInstant(), ratings(h.id())));
    }

    private Map<Long, Rating> ratings(long assessment) {
        Map<Long, Rating> ratings = new HashMap<>();
        record Row(long element, Rating rating) {
        }
        jdbc.sql("SELECT element_id, level, note, leader_level FROM development.self_rating WHERE assessment_id = ?")
                .param(assessment)
                .query((rs, n) -> new Row(rs.getLong(1), new Rating(rs.getInt(2), rs.getString(3),
                        (Integer) rs.getObject(4))))
                .list()
                .forEach(r -> ratings.put(r.element(), r.rating()));
        return ratings;
    }

    /** Saves a teacher's ratings for the period, replacing what they saved before (it is not yet reviewed). */
    void saveSelf(long frameworkId, long teacher, String teacherName, long schoolId, OrgPath schoolPath, String period,
                  Instant at, Map<Long, Rating> ratings) {
        long id = jdbc.sql("""
                        INSERT INTO development.self_assessment (framework_id, teacher_account, teacher_name, school_id,
                            school_path, period, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (framework_id, teacher_account, period) DO UPDATE SET teacher_name = EXCLUDED.teacher_name,
                            school_id = EXCLUDED.school_id, school_path = EXCLUDED.school_path,
                            submitted_at = EXCLUDED.submitted_at, version = self_assessment.version + 1
                        RETURNING id""")
                .params(frameworkId, teacher, teacherName, schoolId, schoolPath.value(), period, Timestamp.from(at))
                .query(Long.class).single();
        jdbc.sql("DELETE FROM development.self_rating WHERE assessment_id = ?").param(id).update();
        ratings.forEach((element, rating) -> jdbc.sql("""
                        INSERT INTO development.self_rating (assessment_id, element_id, level, note) VALUES (?, ?, ?, ?)""")
                .params(id, element, rating.level(), rating.note()).update());
    }

    void saveReview(long assessment, long reviewer, String reviewerName, @Nullable String note, Instant at,
                    Map<Long, Integer> leaderLevels) {
        jdbc.sql("""
                        UPDATE development.self_assessment SET reviewer_account = ?, reviewer_name = ?, review_note = ?,
                            reviewed_at = ?, version = version + 1 WHERE id = ?""")
                .params(reviewer, reviewerName, note, Timestamp.from(at), assessment).update();
        jdbc.sql("UPDATE development.self_rating SET leader_level = NULL WHERE assessment_id = ?").param(assessment)
                .update();
        leaderLevels.forEach((element, level) -> jdbc.sql(
                        "UPDATE development.self_rating SET leader_level = ? WHERE assessment_id = ? AND element_id = ?")
                .params(level, assessment, element).update());
    }

    /** One rating of an assessment under a node, for the reports: who, where, which indicator, which level. */
    public record RatingRow(long teacherAccount, String teacherName, long schoolId, long elementId, int level) {
    }

    public List<RatingRow> ratingsUnder(OrgPath under, long frameworkId, String period) {
        return jdbc.sql("""
                        SELECT a.teacher_account, a.teacher_name, a.school_id, r.element_id, r.level
                        FROM development.self_assessment a JOIN development.self_rating r ON r.assessment_id = a.id
                        WHERE a.school_path LIKE ? AND a.framework_id = ? AND a.period = ?
                        ORDER BY a.school_id, a.teacher_account""")
                .params(under.likePattern(), frameworkId, period)
                .query((rs, n) -> new RatingRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getInt(5)))
                .list();
    }
}
