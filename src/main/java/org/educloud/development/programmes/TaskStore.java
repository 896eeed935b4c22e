package org.educloud.development.programmes;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.educloud.development.support.StoredEvidence;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programme tasks and participants' hand-ins in the development schema. */
@Repository
class TaskStore {

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long programme, String title, String instructions, BigDecimal hours, long by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO development.programme_task (programme_id, title, instructions, hours, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(programme, title, instructions, hours, by, Timestamp.from(at)).query(Long.class).single();
    }

    List<ProgrammeTask> tasks(long programme) {
        return jdbc.sql("SELECT id, title, instructions, hours FROM development.programme_task WHERE programme_id = ? ORDER BY id")
                .param(programme)
                .query((rs, n) -> new ProgrammeTask(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
                .list();
    }

    /**
     * Hands in (again): the text replaces the one before and waits for review; an evidence file replaces the one
     * before, and without one the one before stays (the four columns are all set or all null).
     */
    void submit(long task, long teacher, String body, @Nullable StoredEvidence evidence, Instant at) {
        jdbc.sql("""
                        INSERT INTO development.task_submission AS s (task_id, teacher_account, body, status, submitted_at,
                            evidence_name, evidence_type, evidence_sha256, evidence_size)
                        VALUES (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?)
                        ON CONFLICT (task_id, teacher_account) DO UPDATE SET body = excluded.body, status = 'SUBMITTED',
                            feedback = NULL, submitted_at = excluded.submitted_at, reviewed_by = NULL, reviewed_at = NULL,
                            evidence_name = COALESCE(excluded.evidence_name, s.evidence_name),
                            evidence_type = COALESCE(excluded.evidence_type, s.evidence_type),
                            evidence_sha256 = COALESCE(excluded.evidence_sha256, s.evidence_sha256),
                            evidence_size = COALESCE(excluded.evidence_size, s.evidence_size)""")
                .params(task, teacher, body, Timestamp.from(at), evidence == null ? null : evidence.name(),
                        evidence == null ? null : evidence.type(), evidence == null ? null : evidence.sha256(),
                        evidence == null ? null : evidence.size())
                .update();
    }

    /** The evidence file of a teacher's hand-in, if it has one. */
    Optional<StoredEvidence> evidence(long task, long teacher) {
        return jdbc.sql("""
                        SELECT evidence_name, evidence_type, evidence_sha256, evidence_size FROM development.task_submission
                        WHERE task_id = ? AND teacher_account = ? AND evidence_sha256 IS NOT NULL""")
                .params(task, teacher)
                .query((rs, n) -> new StoredEvidence(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .optional();
    }

    /** Reviews a hand-in waiting for it; true when there was one. */
    boolean review(long task, long teacher, TaskStatus status, @Nullable String feedback, long by, Instant at) {
        return jdbc.sql("""
                        UPDATE development.task_submission SET status = ?, feedback = ?, reviewed_by = ?, reviewed_at = ?
                        WHERE task_id = ? AND teacher_account = ? AND status = 'SUBMITTED'""")
                .params(status.name(), feedback, by, Timestamp.from(at), task, teacher).update() == 1;
    }

    Optional<TaskSubmission> submission(long task, long teacher) {
        return submissions(task, teacher).stream().findFirst();
    }

    /** The hand-ins of the programme's tasks (of one teacher, when given), with the teacher's name. */
    List<TaskSubmission> submissionsOf(long programme, @Nullable Long teacher) {
        return jdbc.sql("""
                        SELECT s.task_id, s.teacher_account, p.teacher_name, s.body, s.status, s.feedback, s.submitted_at,
                               s.evidence_name
                        FROM development.task_submission s
                        JOIN development.programme_task t ON t.id = s.task_id
                        JOIN development.programme_participant p ON p.programme_id = t.programme_id
                             AND p.teacher_account = s.teacher_account
                        WHERE t.programme_id = ? AND (CAST(? AS BIGINT) IS NULL OR s.teacher_account = ?)
                        ORDER BY s.task_id, p.teacher_name, s.teacher_account""")
                .params(programme, teacher, teacher)
                .query((rs, n) -> new TaskSubmission(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        TaskStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8)))
                .list();
    }

    private List<TaskSubmission> submissions(long task, long teacher) {
        return jdbc.sql("""
                        SELECT task_id, teacher_account, '', body, status, feedback, submitted_at, evidence_name
                        FROM development.task_submission WHERE task_id = ? AND teacher_account = ?""")
                .params(task, teacher)
                .query((rs, n) -> new TaskSubmission(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        TaskStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8)))
                .list();
    }
}
