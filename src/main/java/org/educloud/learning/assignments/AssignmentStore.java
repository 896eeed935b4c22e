package org.educloud.learning.assignments;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.learning.AssignmentStatus;
import org.educloud.learning.AssignmentView;
import org.educloud.learning.AttachedFile;
import org.educloud.learning.LatePolicy;
import org.educloud.learning.Rubric;
import org.educloud.library.StoredFile;
import org.educloud.roster.ClassId;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes assignments and their files; callers have checked the caller's right first. */
@Component
public class AssignmentStore {

    private static final String COLUMNS = "a.id, a.school_id, a.school_path, a.class_id, a.class_name, "
            + "a.teacher_account, a.teacher_name, a.title, a.instructions, a.opens_at, a.due_at, a.max_score, "
            + "a.late_policy, a.text_allowed, a.files_allowed, a.file_types, a.max_file_mb, a.resubmission, "
            + "a.rubric::text AS rubric, a.status, a.published_at, a.lesson_id";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AssignmentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insert(AssignmentRow a, Instant now) {
        return jdbc.sql("""
                        INSERT INTO learning.assignment (school_id, school_path, class_id, class_name, teacher_account,
                            teacher_name, title, instructions, opens_at, due_at, max_score, late_policy, text_allowed,
                            files_allowed, file_types, max_file_mb, resubmission, rubric, status, created_at, lesson_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS text[]), ?, ?, CAST(? AS jsonb),
                            'DRAFT', ?, ?)
                        RETURNING id""")
                .params(a.schoolId().value(), a.schoolPath().value(), a.classId(), a.className(), a.teacherAccount(),
                        a.teacherName(), a.title(), a.instructions(), Timestamp.from(a.opensAt()),
                        Timestamp.from(a.dueAt()), a.maxScore(), a.latePolicy().name(), a.textAllowed(),
                        a.filesAllowed(), a.fileTypes().toArray(String[]::new), a.maxFileMb(), a.resubmission(),
                        a.rubric() == null ? null : json.writeValueAsString(a.rubric()), Timestamp.from(now),
                        a.lessonId())
                .query(Long.class).single();
    }

    public Optional<AssignmentRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM learning.assignment a WHERE a.id = ?").param(id)
                .query(this::row).optional();
    }

    /**
     * Marks a draft published with the class's size then; false when it was not a draft any more (published by a
     * concurrent request).
     */
    public boolean publish(long id, Instant now, long classSize) {
        return jdbc.sql("UPDATE learning.assignment SET status = 'PUBLISHED', published_at = ?, class_size = ? "
                        + "WHERE id = ? AND status = 'DRAFT'")
                .params(Timestamp.from(now), classSize, id).update() == 1;
    }

    /** Assignments of these classes, newest due first; published only unless {@code drafts}. */
    public List<AssignmentRow> ofClasses(Collection<Long> classIds, boolean drafts, @Nullable Instant openBy, int limit) {
        if (classIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM learning.assignment a WHERE a.class_id = ANY(CAST(:classes AS bigint[]))"
                        + (drafts ? "" : " AND a.status = 'PUBLISHED'")
                        + (openBy == null ? "" : " AND a.opens_at <= :openBy")
                        + " ORDER BY a.due_at DESC, a.id DESC LIMIT :limit")
                .param("classes", classIds.toArray(Long[]::new))
                .param("openBy", openBy == null ? null : Timestamp.from(openBy))
                .param("limit", limit)
                .query(this::row).list();
    }

    /** Published assignments of these lessons for these classes (a course page), by due time. */
    public List<AssignmentRow> ofLessons(Collection<Long> lessonIds, Collection<Long> classIds, boolean drafts) {
        if (lessonIds.isEmpty() || classIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM learning.assignment a WHERE a.lesson_id = ANY(CAST(? AS bigint[])) "
                        + "AND a.class_id = ANY(CAST(? AS bigint[]))" + (drafts ? "" : " AND a.status = 'PUBLISHED'")
                        + " ORDER BY a.due_at, a.id")
                .params(lessonIds.toArray(Long[]::new), classIds.toArray(Long[]::new))
                .query(this::row).list();
    }

    /** Published assignments of the schools under these paths (an admin's reach), newest due first. */
    public List<AssignmentRow> under(Collection<OrgPath> paths, int limit) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM learning.assignment a WHERE a.status = 'PUBLISHED' "
                        + "AND a.school_path LIKE ANY(CAST(? AS text[])) ORDER BY a.due_at DESC, a.id DESC LIMIT ?")
                .params(paths.stream().map(OrgPath::likePattern).toArray(String[]::new), limit)
                .query(this::row).list();
    }

    /** Per assignment: students with an attempt, grades given, grades released. */
    public Map<Long, int[]> progress(Collection<Long> assignmentIds) {
        Map<Long, int[]> progress = new HashMap<>();
        if (assignmentIds.isEmpty()) {
            return progress;
        }
        jdbc.sql("""
                        SELECT a.id,
                            (SELECT count(DISTINCT s.student_id) FROM learning.submission s WHERE s.assignment_id = a.id),
                            (SELECT count(*) FROM learning.grade g WHERE g.assignment_id = a.id),
                            (SELECT count(*) FROM learning.grade g WHERE g.assignment_id = a.id AND g.released_at IS NOT NULL)
                        FROM learning.assignment a WHERE a.id = ANY(CAST(? AS bigint[]))""")
                .param(assignmentIds.toArray(Long[]::new))
                .query(rs -> {
                    progress.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
                });
        return progress;
    }

    public void attach(long assignmentId, StoredFile file) {
        jdbc.sql("INSERT INTO learning.assignment_file (assignment_id, name, sha256, size, media_type) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(assignmentId, file.fileName(), file.sha256(), file.size(), file.mediaType()).update();
    }

    public List<AttachedFile> files(long assignmentId) {
        return jdbc.sql("SELECT id, name, size, media_type FROM learning.assignment_file WHERE assignment_id = ? "
                        + "ORDER BY id")
                .param(assignmentId)
                .query((rs, n) -> new AttachedFile(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    /** The stored content of an assignment's file: its hash and name. */
    public Optional<String[]> file(long assignmentId, long fileId) {
        return jdbc.sql("SELECT sha256, name FROM learning.assignment_file WHERE assignment_id = ? AND id = ?")
                .params(assignmentId, fileId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    public AssignmentView view(AssignmentRow a, int students, int @Nullable [] progress) {
        int[] p = progress == null ? new int[3] : progress;
        return new AssignmentView(a.assignmentId(), ClassId.of(a.classId()), a.className(), a.title(), a.teacherName(),
                a.opensAt(), a.dueAt(), a.maxScore(), a.latePolicy(), a.status(), students, p[0], p[1], p[2]);
    }

    private AssignmentRow row(ResultSet rs, int n) throws SQLException {
        String rubric = rs.getString("rubric");
        Timestamp published = rs.getTimestamp("published_at");
        List<String> types = new ArrayList<>(Arrays.asList((String[]) rs.getArray("file_types").getArray()));
        return new AssignmentRow(rs.getLong("id"), OrgId.of(rs.getLong("school_id")),
                new OrgPath(rs.getString("school_path")), rs.getLong("class_id"), rs.getString("class_name"),
                rs.getLong("teacher_account"), rs.getString("teacher_name"), rs.getString("title"),
                rs.getString("instructions"), rs.getTimestamp("opens_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(), rs.getBigDecimal("max_score"),
                LatePolicy.valueOf(rs.getString("late_policy")), rs.getBoolean("text_allowed"),
                rs.getBoolean("files_allowed"), List.copyOf(types), rs.getInt("max_file_mb"),
                rs.getBoolean("resubmission"), rubric == null ? null : json.readValue(rubric, Rubric.class),
                AssignmentStatus.valueOf(rs.getString("status")), published == null ? null : published.toInstant(),
                (Long) rs.getObject("lesson_id"));
    }

    public static BigDecimal scale(BigDecimal value) {
        return value.setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
