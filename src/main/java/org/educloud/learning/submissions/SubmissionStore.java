package org.educloud.learning.submissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.AttachedFile;
import org.educloud.learning.SubmissionView;
import org.educloud.library.StoredFile;
import org.educloud.roster.StudentId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes attempts and their files. */
@Component
public class SubmissionStore {

    private final JdbcClient jdbc;

    SubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the next attempt unless one with this token exists (a repeated click) or another attempt took the
     * number first; then answers empty. A concurrent insert with the same token is waited for, not duplicated.
     * A first attempt also counts the student on the assignment's hand-in count, in the same transaction.
     */
    public Optional<Long> insert(long assignmentId, long studentId, String studentName, long account, String schoolPath,
                          @Nullable String answer, boolean late, UUID token, Instant now) {
        return jdbc.sql("""
                        INSERT INTO learning.submission (assignment_id, student_id, student_name, student_account,
                            school_path, attempt, answer, submitted_at, late, token)
                        VALUES (:assignment, :student, :name, :account, :path,
                            (SELECT coalesce(max(attempt), 0) + 1 FROM learning.submission
                             WHERE assignment_id = :assignment AND student_id = :student),
                            :answer, :now, :late, :token)
                        ON CONFLICT DO NOTHING RETURNING id, attempt""")
                .param("assignment", assignmentId).param("student", studentId).param("name", studentName)
                .param("account", account).param("path", schoolPath).param("answer", answer)
                .param("now", Timestamp.from(now)).param("late", late).param("token", token)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)}).optional()
                .map(inserted -> {
                    if (inserted[1] == 1) {
                        // a student's first attempt: one more student who handed in
                        jdbc.sql("UPDATE learning.assignment SET submitted_students = submitted_students + 1 "
                                + "WHERE id = ?").param(assignmentId).update();
                    }
                    return inserted[0];
                });
    }

    public Optional<SubmissionView> byToken(UUID token) {
        return jdbc.sql("SELECT * FROM learning.submission WHERE token = ?").param(token)
                .query(this::row).optional().map(this::withFiles);
    }

    public int attempts(long assignmentId, long studentId) {
        return jdbc.sql("SELECT count(*) FROM learning.submission WHERE assignment_id = ? AND student_id = ?")
                .params(assignmentId, studentId).query(Integer.class).single();
    }

    public void attach(long submissionId, StoredFile file) {
        jdbc.sql("INSERT INTO learning.submission_file (submission_id, name, sha256, size, media_type) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(submissionId, file.fileName(), file.sha256(), file.size(), file.mediaType()).update();
    }

    /** Every attempt of these students at an assignment, newest first, by student. */
    public Map<Long, List<SubmissionView>> attemptsOf(long assignmentId, Collection<Long> studentIds) {
        Map<Long, List<SubmissionView>> byStudent = new HashMap<>();
        if (studentIds.isEmpty()) {
            return byStudent;
        }
        List<SubmissionView> rows = jdbc.sql("SELECT * FROM learning.submission WHERE assignment_id = ? "
                        + "AND student_id = ANY(CAST(? AS bigint[])) ORDER BY attempt DESC")
                .params(assignmentId, studentIds.toArray(Long[]::new)).query(this::row).list();
        Map<Long, List<AttachedFile>> files = files(rows.stream().map(SubmissionView::id).toList());
        for (SubmissionView row : rows) {
            byStudent.computeIfAbsent(row.studentId().value(), id -> new ArrayList<>()).add(new SubmissionView(row.id(),
                    row.assignmentId(), row.studentId(), row.studentName(), row.attempt(), row.answer(),
                    files.getOrDefault(row.id(), List.of()), row.submittedAt(), row.late()));
        }
        return byStudent;
    }

    public Optional<SubmissionView> find(long submissionId) {
        return jdbc.sql("SELECT * FROM learning.submission WHERE id = ?").param(submissionId)
                .query(this::row).optional().map(this::withFiles);
    }

    public Optional<SubmissionView> latest(long assignmentId, long studentId) {
        return jdbc.sql("SELECT * FROM learning.submission WHERE assignment_id = ? AND student_id = ? "
                        + "ORDER BY attempt DESC LIMIT 1")
                .params(assignmentId, studentId).query(this::row).optional();
    }

    /** For each (assignment, student) with an attempt: when the latest came and whether it was late. */
    public Map<String, Object[]> latestOf(Collection<Long> assignmentIds, Collection<Long> studentIds) {
        Map<String, Object[]> latest = new HashMap<>();
        if (assignmentIds.isEmpty() || studentIds.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                        SELECT DISTINCT ON (assignment_id, student_id) assignment_id, student_id, submitted_at, late
                        FROM learning.submission
                        WHERE assignment_id = ANY(CAST(? AS bigint[])) AND student_id = ANY(CAST(? AS bigint[]))
                        ORDER BY assignment_id, student_id, attempt DESC""")
                .params(assignmentIds.toArray(Long[]::new), studentIds.toArray(Long[]::new))
                .query(rs -> {
                    latest.put(rs.getLong(1) + ":" + rs.getLong(2),
                            new Object[] {rs.getTimestamp(3).toInstant(), rs.getBoolean(4)});
                });
        return latest;
    }

    /** The stored content of an attempt's file: its hash and name. */
    public Optional<String[]> file(long submissionId, long fileId) {
        return jdbc.sql("SELECT sha256, name FROM learning.submission_file WHERE submission_id = ? AND id = ?")
                .params(submissionId, fileId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    private SubmissionView withFiles(SubmissionView s) {
        return new SubmissionView(s.id(), s.assignmentId(), s.studentId(), s.studentName(), s.attempt(), s.answer(),
                files(List.of(s.id())).getOrDefault(s.id(), List.of()), s.submittedAt(), s.late());
    }

    private Map<Long, List<AttachedFile>> files(List<Long> submissionIds) {
        Map<Long, List<AttachedFile>> files = new HashMap<>();
        if (submissionIds.isEmpty()) {
            return files;
        }
        jdbc.sql("SELECT submission_id, id, name, size, media_type FROM learning.submission_file "
                        + "WHERE submission_id = ANY(CAST(? AS bigint[])) ORDER BY id")
                .param(submissionIds.toArray(Long[]::new))
                .query(rs -> {
                    files.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new AttachedFile(rs.getLong(2),
                            rs.getString(3), rs.getLong(4), rs.getString(5)));
                });
        return files;
    }

    private SubmissionView row(ResultSet rs, int n) throws SQLException {
        return new SubmissionView(rs.getLong("id"), AssignmentId.of(rs.getLong("assignment_id")),
                StudentId.of(rs.getLong("student_id")), rs.getString("student_name"), rs.getInt("attempt"), rs.getString("answer"),
                List.of(), rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("late"));
    }
}
