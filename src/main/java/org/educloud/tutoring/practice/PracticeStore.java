package org.educloud.tutoring.practice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The item a student was last served per knowledge point, and the items they practised recently. */
@Component
class PracticeStore {

    /** The item served on a knowledge point, and whether the student has answered it. */
    record Served(long itemId, int version, boolean answered) {
    }

    private final JdbcClient jdbc;

    PracticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Served> served(long studentId, long knowledgePoint) {
        return jdbc.sql("SELECT item_id, item_version, answered_at IS NOT NULL FROM tutoring.practice "
                        + "WHERE student_id = ? AND knowledge_point_id = ? FOR UPDATE")
                .params(studentId, knowledgePoint)
                .query((rs, n) -> new Served(rs.getLong(1), rs.getInt(2), rs.getBoolean(3))).optional();
    }

    void serve(long studentId, long knowledgePoint, long itemId, int version, Instant now) {
        jdbc.sql("""
                        INSERT INTO tutoring.practice (student_id, knowledge_point_id, item_id, item_version, served_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (student_id, knowledge_point_id) DO UPDATE SET item_id = excluded.item_id,
                            item_version = excluded.item_version, served_at = excluded.served_at, answered_at = NULL""")
                .params(studentId, knowledgePoint, itemId, version, Timestamp.from(now)).update();
    }

    /** Marks the served item answered; false when it was answered already (a second click, a retried request). */
    boolean answer(long studentId, long knowledgePoint, long itemId, Instant now) {
        return jdbc.sql("UPDATE tutoring.practice SET answered_at = ? WHERE student_id = ? AND knowledge_point_id = ? "
                        + "AND item_id = ? AND answered_at IS NULL")
                .params(Timestamp.from(now), studentId, knowledgePoint, itemId).update() == 1;
    }

    List<Long> recentItems(long studentId, long knowledgePoint, int limit) {
        return jdbc.sql("SELECT item_id FROM tutoring.response WHERE student_id = ? AND knowledge_point_id = ? "
                        + "ORDER BY answered_at DESC, id DESC LIMIT ?")
                .params(studentId, knowledgePoint, limit).query(Long.class).list();
    }
}
