package org.educloud.learning.gradebook;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.AttachedFile;
import org.educloud.learning.GradeView;
import org.educloud.learning.assignments.AssignmentRow;
import org.educloud.library.StoredFile;
import org.educloud.roster.StudentId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes grades. */
@Component
public class GradeStore {

    /** A grade as released: enough to tell the student and to record the score. */
    public record Released(long studentId, long submissionId, BigDecimal score) {
    }

    private final JdbcClient jdbc;

    GradeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Gives or replaces a student's grade; a grade already released stays released. A first grade also counts on the
     * assignment's graded count, in the same transaction.
     */
    public void put(long assignmentId, long studentId, long submissionId, BigDecimal score, @Nullable List<Integer> levels,
             @Nullable String feedback, @Nullable StoredFile feedbackFile, long grader, String graderName,
             Instant now) {
        // xmax = 0 on the returned row means the upsert inserted it: the student's first grade at the assignment
        boolean firstGrade = jdbc.sql("""
                        INSERT INTO learning.grade (assignment_id, student_id, submission_id, score, rubric_levels,
                            feedback, feedback_file_name, feedback_sha256, feedback_size, feedback_media_type,
                            grader_account, grader_name, graded_at)
                        VALUES (?, ?, ?, ?, CAST(? AS int[]), ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (assignment_id, student_id) DO UPDATE SET submission_id = excluded.submission_id,
                            score = excluded.score, rubric_levels = excluded.rubric_levels, feedback = excluded.feedback,
                            feedback_file_name = coalesce(excluded.feedback_file_name, learning.grade.feedback_file_name),
                            feedback_sha256 = coalesce(excluded.feedback_sha256, learning.grade.feedback_sha256),
                            feedback_size = coalesce(excluded.feedback_size, learning.grade.feedback_size),
                            feedback_media_type = coalesce(excluded.feedback_media_type, learning.grade.feedback_media_type),
                            grader_account = excluded.grader_account, grader_name = excluded.grader_name,
                            graded_at = excluded.graded_at
                        RETURNING (xmax = 0)""")
                .params(assignmentId, studentId, submissionId, score,
                        levels == null ? null : levels.toArray(Integer[]::new), feedback,
                        feedbackFile == null ? null : feedbackFile.fileName(),
                        feedbackFile == null ? null : feedbackFile.sha256(),
                        feedbackFile == null ? null : feedbackFile.size(),
                        feedbackFile == null ? null : feedbackFile.mediaType(), grader, graderName,
                        Timestamp.from(now))
                .query(Boolean.class).single();
        if (firstGrade) {
            jdbc.sql("UPDATE learning.assignment SET graded_students = graded_students + 1 WHERE id = ?")
                    .param(assignmentId).update();
        }
    }

    /** Releases every grade of the assignment not yet released; answers the ones it released. */
    public List<Released> release(long assignmentId, Instant now) {
        return jdbc.sql("UPDATE learning.grade SET released_at = ? WHERE assignment_id = ? AND released_at IS NULL "
                        + "RETURNING student_id, submission_id, score")
                .params(Timestamp.from(now), assignmentId)
                .query((rs, n) -> new Released(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3))).list();
    }

    /** Releases one student's grade at the assignment if it is not yet released. */
    public List<Released> release(long assignmentId, long studentId, Instant now) {
        return jdbc.sql("UPDATE learning.grade SET released_at = ? WHERE assignment_id = ? AND student_id = ? "
                        + "AND released_at IS NULL RETURNING student_id, submission_id, score")
                .params(Timestamp.from(now), assignmentId, studentId)
                .query((rs, n) -> new Released(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3))).list();
    }

    /** The score the student was returned, if their grade is released. */
    public Optional<BigDecimal> releasedScore(long assignmentId, long studentId) {
        return jdbc.sql("SELECT score FROM learning.grade WHERE assignment_id = ? AND student_id = ? "
                        + "AND released_at IS NOT NULL")
                .params(assignmentId, studentId).query(BigDecimal.class).optional();
    }

    public boolean released(long assignmentId, long studentId) {
        return jdbc.sql("SELECT released_at IS NOT NULL FROM learning.grade WHERE assignment_id = ? AND student_id = ?")
                .params(assignmentId, studentId).query(Boolean.class).optional().orElse(false);
    }

    /** Grades of these students at the assignment; with {@code releasedOnly}, what students and parents may see. */
    public Map<Long, GradeView> of(AssignmentRow a, Collection<Long> studentIds, boolean releasedOnly) {
        Map<Long, GradeView> grades = new HashMap<>();
        if (studentIds.isEmpty()) {
            return grades;
        }
        jdbc.sql("SELECT * FROM learning.grade WHERE assignment_id = ? AND student_id = ANY(CAST(? AS bigint[]))"
                        + (releasedOnly ? " AND released_at IS NOT NULL" : ""))
                .params(a.id(), studentIds.toArray(Long[]::new))
                .query((rs, n) -> view(rs, a.maxScore()))
                .list().forEach(g -> grades.put(g.studentId().value(), g));
        return grades;
    }

    /** Every grade of these assignments (the gradebook), by assignment and student. */
    public Map<Long, Map<Long, GradeView>> ofAssignments(Map<Long, BigDecimal> maxScores) {
        Map<Long, Map<Long, GradeView>> grades = new HashMap<>();
        if (maxScores.isEmpty()) {
            return grades;
        }
        jdbc.sql("SELECT * FROM learning.grade WHERE assignment_id = ANY(CAST(? AS bigint[]))")
                .param(maxScores.keySet().toArray(Long[]::new))
                .query((rs, n) -> view(rs, maxScores.get(rs.getLong("assignment_id"))))
                .list().forEach(g -> grades.computeIfAbsent(g.assignmentId().value(), id -> new HashMap<>())
                        .put(g.studentId().value(), g));
        return grades;
    }

    /** Released scores of these students at these assignments, keyed "assignment:student". */
    public Map<String, BigDecimal> releasedScores(Collection<Long> assignmentIds, Collection<Long> studentIds) {
        Map<String, BigDecimal> scores = new HashMap<>();
        if (assignmentIds.isEmpty() || studentIds.isEmpty()) {
            return scores;
        }
        jdbc.sql("SELECT assignment_id, student_id, score FROM learning.grade WHERE released_at IS NOT NULL "
                        + "AND assignment_id = ANY(CAST(? AS bigint[])) AND student_id = ANY(CAST(? AS bigint[]))")
                .params(assignmentIds.toArray(Long[]::new), studentIds.toArray(Long[]::new))
                .query(rs -> {
                    scores.put(rs.getLong(1) + ":" + rs.getLong(2), rs.getBigDecimal(3));
                });
        return scores;
    }

    /** The stored feedback file of a grade: its hash and name. */
    public java.util.Optional<String[]> feedbackFile(long assignmentId, long studentId) {
        return jdbc.sql("SELECT feedback_sha256, feedback_file_name FROM learning.grade WHERE assignment_id = ? "
                        + "AND student_id = ? AND feedback_sha256 IS NOT NULL")
                .params(assignmentId, studentId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    private static GradeView view(ResultSet rs, BigDecimal maxScore) throws SQLException {
        var levels = rs.getArray("rubric_levels");
        Timestamp released = rs.getTimestamp("released_at");
        String fileName = rs.getString("feedback_file_name");
        return new GradeView(AssignmentId.of(rs.getLong("assignment_id")), StudentId.of(rs.getLong("student_id")),
                rs.getLong("submission_id"),
                rs.getBigDecimal("score"), maxScore,
                levels == null ? List.of() : Arrays.asList((Integer[]) levels.getArray()), rs.getString("feedback"),
                fileName == null ? null : new AttachedFile(0, fileName, rs.getLong("feedback_size"),
                        rs.getString("feedback_media_type")),
                rs.getString("grader_name"), rs.getTimestamp("graded_at").toInstant(),
                released == null ? null : released.toInstant());
    }
}
