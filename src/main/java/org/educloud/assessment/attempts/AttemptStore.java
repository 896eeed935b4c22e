package org.educloud.assessment.attempts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.educloud.assessment.Response;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes attempts and answers; callers have checked the caller's right first. */
@Component
class AttemptStore {

    private static final String COLUMNS = "id, quiz_id, class_id, student_id, school_path, number, started_at, "
            + "deadline_at, submitted_at, status, score, max_score, item_order, seed";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AttemptStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A new attempt, or empty when a concurrent request of the same student created this number first. */
    Optional<Long> insert(long quizId, long classId, long studentId, String schoolPath, int number, Instant now,
                          Instant deadline, BigDecimal maxScore, List<Integer> order, long seed) {
        return jdbc.sql("""
                        INSERT INTO assessment.attempt (quiz_id, class_id, student_id, school_path, number, started_at,
                            deadline_at, status, max_score, item_order, seed)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'IN_PROGRESS', ?, ?, ?)
                        ON CONFLICT (quiz_id, student_id, number) DO NOTHING RETURNING id""")
                .params(quizId, classId, studentId, schoolPath, number, Timestamp.from(now), Timestamp.from(deadline),
                        maxScore, order.toArray(Integer[]::new), seed)
                .query(Long.class).optional();
    }

    Optional<AttemptRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment.attempt WHERE id = ?").param(id)
                .query(this::row).optional();
    }

    /** The attempt, locked until the transaction ends: saving and submitting one attempt never interleave. */
    Optional<AttemptRow> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment.attempt WHERE id = ? FOR UPDATE").param(id)
                .query(this::row).optional();
    }

    List<AttemptRow> ofStudent(long quizId, long studentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment.attempt WHERE quiz_id = ? AND student_id = ? "
                        + "ORDER BY number").params(quizId, studentId).query(this::row).list();
    }

    List<AttemptRow> ofStudents(Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment.attempt WHERE student_id = ANY (?) ORDER BY id DESC "
                + "LIMIT 500").param(studentIds.toArray(Long[]::new)).query(this::row).list();
    }

    List<AttemptRow> ofQuiz(long quizId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment.attempt WHERE quiz_id = ? ORDER BY class_id, student_id, "
                + "number").param(quizId).query(this::row).list();
    }

    /** In-progress attempts whose deadline (with the grace) has passed, oldest first. */
    List<Long> expired(Instant before, int limit) {
        return jdbc.sql("SELECT id FROM assessment.attempt WHERE status = 'IN_PROGRESS' AND deadline_at < ? "
                + "ORDER BY deadline_at LIMIT ?").params(Timestamp.from(before), limit).query(Long.class).list();
    }

    /** Stores an answer unless a save with the same or a newer revision is already there; true when stored. */
    boolean save(long attemptId, int position, Response response, long revision, Instant now) {
        return jdbc.sql("""
                        INSERT INTO assessment.answer (attempt_id, position, response, revision, saved_at)
                        VALUES (?, ?, CAST(? AS jsonb), ?, ?)
                        ON CONFLICT (attempt_id, position) DO UPDATE SET response = excluded.response,
                            revision = excluded.revision, saved_at = excluded.saved_at
                        WHERE assessment.answer.revision < excluded.revision""")
                .params(attemptId, position, json.writeValueAsString(response), revision, Timestamp.from(now))
                .update() == 1;
    }

    Map<Integer, SavedAnswer> answers(long attemptId) {
        return jdbc.sql("SELECT position, response::text, revision, credit, points, awaits_teacher, comment "
                        + "FROM assessment.answer WHERE attempt_id = ?").param(attemptId)
                .query(this::answer).list().stream()
                .collect(Collectors.toMap(SavedAnswer::position, Function.identity()));
    }

    /** The answers of several attempts at once, by attempt (item analysis reads a whole quiz's). */
    Map<Long, Map<Integer, SavedAnswer>> answersOf(Collection<Long> attemptIds) {
        Map<Long, Map<Integer, SavedAnswer>> all = new java.util.HashMap<>();
        if (attemptIds.isEmpty()) {
            return all;
        }
        jdbc.sql("SELECT attempt_id, position, response::text, revision, credit, points, awaits_teacher, comment "
                        + "FROM assessment.answer WHERE attempt_id = ANY (?)")
                .param(attemptIds.toArray(Long[]::new))
                .query(rs -> {
                    all.computeIfAbsent(rs.getLong(1), k -> new java.util.HashMap<>()).put(rs.getInt(2),
                            new SavedAnswer(rs.getInt(2), json.readValue(rs.getString(3), Response.class),
                                    rs.getLong(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBoolean(7),
                                    rs.getString(8)));
                });
        return all;
    }

    void mark(long attemptId, int position, Response response, BigDecimal credit, BigDecimal points,
              boolean awaitsTeacher, Instant now) {
        jdbc.sql("""
                        INSERT INTO assessment.answer (attempt_id, position, response, revision, saved_at, credit,
                            points, awaits_teacher)
                        VALUES (?, ?, CAST(? AS jsonb), 0, ?, ?, ?, ?)
                        ON CONFLICT (attempt_id, position) DO UPDATE SET credit = excluded.credit,
                            points = excluded.points, awaits_teacher = excluded.awaits_teacher""")
                .params(attemptId, position, json.writeValueAsString(response), Timestamp.from(now), credit, points,
                        awaitsTeacher)
                .update();
    }

    void grade(long attemptId, int position, BigDecimal credit, BigDecimal points, long teacher, String comment,
               Instant now) {
        jdbc.sql("UPDATE assessment.answer SET credit = ?, points = ?, awaits_teacher = false, graded_by = ?, "
                        + "graded_at = ?, comment = ? WHERE attempt_id = ? AND position = ?")
                .params(credit, points, teacher, Timestamp.from(now), comment, attemptId, position).update();
    }

    void finish(long attemptId, AttemptStatus status, BigDecimal score, Instant submittedAt) {
        jdbc.sql("UPDATE assessment.attempt SET status = ?, score = ?, submitted_at = coalesce(submitted_at, ?) "
                        + "WHERE id = ?")
                .params(status.name(), score, Timestamp.from(submittedAt), attemptId).update();
    }

    /** Answers awaiting a teacher in these quizzes: attempt id and position, oldest attempt first. */
    List<long[]> awaitingTeacher(long quizId, int limit) {
        return jdbc.sql("SELECT a.attempt_id, a.position FROM assessment.answer a JOIN assessment.attempt t "
                        + "ON t.id = a.attempt_id WHERE t.quiz_id = ? AND a.awaits_teacher ORDER BY t.submitted_at, "
                        + "a.attempt_id, a.position LIMIT ?")
                .params(quizId, limit).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    private AttemptRow row(ResultSet rs, int n) throws SQLException {
        Integer[] order = (Integer[]) rs.getArray("item_order").getArray();
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new AttemptRow(rs.getLong("id"), rs.getLong("quiz_id"), rs.getLong("class_id"), rs.getLong("student_id"),
                rs.getString("school_path"), rs.getInt("number"), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("deadline_at").toInstant(), submitted == null ? null : submitted.toInstant(),
                AttemptStatus.valueOf(rs.getString("status")), rs.getBigDecimal("score"), rs.getBigDecimal("max_score"),
                Arrays.asList(order), rs.getLong("seed"));
    }

    private SavedAnswer answer(ResultSet rs, int n) throws SQLException {
        return new SavedAnswer(rs.getInt(1), json.readValue(rs.getString(2), Response.class), rs.getLong(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBoolean(6), rs.getString(7));
    }
}
