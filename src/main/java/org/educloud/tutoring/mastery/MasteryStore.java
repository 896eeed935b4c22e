package org.educloud.tutoring.mastery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.tutoring.tracing.BktParameters;
import org.educloud.tutoring.tracing.FittedKnowledgePoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The response log, mastery and fitted parameters in PostgreSQL. */
@Component
public class MasteryStore {

    /** The first key of this module's advisory locks (its migration prefix). */
    private static final int LOCK_SPACE = 1200;

    private final JdbcClient jdbc;

    MasteryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One answer on one knowledge point; false when it was logged already (a redelivered event). */
    boolean log(long studentId, long knowledgePoint, String schoolPath, long itemId, boolean correct, boolean practice,
                Instant answeredAt) {
        return jdbc.sql("""
                        INSERT INTO tutoring.response (student_id, knowledge_point_id, school_path, item_id, correct,
                            practice, answered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (student_id, knowledge_point_id, item_id, answered_at) DO NOTHING""")
                .params(studentId, knowledgePoint, schoolPath, itemId, correct, practice, Timestamp.from(answeredAt))
                .update() == 1;
    }

    /** The student's mastery row, locked until the transaction ends so concurrent answers update in turn. */
    Optional<Mastery> lock(long studentId, long knowledgePoint) {
        return jdbc.sql("SELECT student_id, knowledge_point_id, probability, peak, opportunities, correct, "
                        + "last_answered_at FROM tutoring.mastery WHERE student_id = ? AND knowledge_point_id = ? "
                        + "FOR UPDATE")
                .params(studentId, knowledgePoint).query(MasteryStore::mastery).optional();
    }

    void save(Mastery m, String schoolPath) {
        jdbc.sql("""
                        INSERT INTO tutoring.mastery (student_id, knowledge_point_id, school_path, probability, peak,
                            opportunities, correct, last_answered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (student_id, knowledge_point_id) DO UPDATE SET school_path = excluded.school_path,
                            probability = excluded.probability, peak = excluded.peak,
                            opportunities = excluded.opportunities, correct = excluded.correct,
                            last_answered_at = excluded.last_answered_at""")
                .params(m.studentId(), m.knowledgePoint(), schoolPath, m.probability(), m.peak(), m.opportunities(),
                        m.correct(), Timestamp.from(m.lastAnsweredAt()))
                .update();
    }

    public List<Mastery> ofStudents(Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT student_id, knowledge_point_id, probability, peak, opportunities, correct, "
                        + "last_answered_at FROM tutoring.mastery WHERE student_id = ANY (?)")
                .param(studentIds.toArray(Long[]::new)).query(MasteryStore::mastery).list();
    }

    public BktParameters parameters(long knowledgePoint) {
        return jdbc.sql("SELECT prior, learn, guess, slip, forget FROM tutoring.parameters WHERE knowledge_point_id = ?")
                .param(knowledgePoint)
                .query((rs, n) -> new BktParameters(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getDouble(5)))
                .optional().orElse(BktParameters.DEFAULTS);
    }

    void saveParameters(long knowledgePoint, FittedKnowledgePoint fitted, Instant now) {
        BktParameters p = fitted.parameters();
        jdbc.sql("""
                        INSERT INTO tutoring.parameters (knowledge_point_id, prior, learn, guess, slip, forget, source,
                            responses, students, fitted_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (knowledge_point_id) DO UPDATE SET prior = excluded.prior, learn = excluded.learn,
                            guess = excluded.guess, slip = excluded.slip, forget = excluded.forget,
                            source = excluded.source, responses = excluded.responses, students = excluded.students,
                            fitted_at = excluded.fitted_at""")
                .params(knowledgePoint, p.prior(), p.learn(), p.guess(), p.slip(), p.forget(), fitted.source().name(),
                        fitted.responses(), fitted.students(), Timestamp.from(now))
                .update();
    }

    /** Every logged answer, by knowledge point, student and time: the refit's input, streamed row by row. */
    void eachResponse(ResponseRow sink) {
        jdbc.sql("SELECT knowledge_point_id, student_id, correct, school_path, answered_at FROM tutoring.response "
                        + "ORDER BY knowledge_point_id, student_id, answered_at, id")
                .query(rs -> {
                    sink.accept(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant());
                });
    }

    /**
     * Answers on a knowledge point share its lock, so they go on side by side; a replay takes it alone, so it reads
     * every answer committed before it and no answer lands between its read and its save. Two-key form, the first
     * naming this use: ids that collide in 32 bits only wait for each other.
     */
    void shareKnowledgePoint(long knowledgePoint) {
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(?, ?)").params(LOCK_SPACE, (int) knowledgePoint)
                .query(Object.class).list();
    }

    void holdKnowledgePointAlone(long knowledgePoint) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, (int) knowledgePoint)
                .query(Object.class).list();
    }

    List<Long> answeredKnowledgePoints() {
        return jdbc.sql("SELECT DISTINCT knowledge_point_id FROM tutoring.response ORDER BY 1").query(Long.class).list();
    }

    /** The answers on one knowledge point, by student and time: what a replay walks. */
    void eachResponse(long knowledgePoint, ResponseRow sink) {
        jdbc.sql("SELECT knowledge_point_id, student_id, correct, school_path, answered_at FROM tutoring.response "
                        + "WHERE knowledge_point_id = ? ORDER BY student_id, answered_at, id")
                .param(knowledgePoint)
                .query(rs -> {
                    sink.accept(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant());
                });
    }

    /** Receives one logged answer. */
    interface ResponseRow {
        void accept(long knowledgePoint, long student, boolean correct, String schoolPath, Instant answeredAt);
    }

    Map<Long, BktParameters> allParameters() {
        Map<Long, BktParameters> all = new HashMap<>();
        jdbc.sql("SELECT knowledge_point_id, prior, learn, guess, slip, forget FROM tutoring.parameters")
                .query(rs -> {
                    all.put(rs.getLong(1), new BktParameters(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getDouble(6)));
                });
        return all;
    }

    private static Mastery mastery(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Mastery(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getInt(5), rs.getInt(6),
                rs.getTimestamp(7).toInstant());
    }
}
