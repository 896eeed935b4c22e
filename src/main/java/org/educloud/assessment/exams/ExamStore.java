package org.educloud.assessment.exams;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes exams, their subjects and scores; callers have checked the caller's right first. */
@Component
class ExamStore {

    private static final String COLUMNS = "id, school_id, school_path, name, held_on, term_id, grade, pass_ratio, "
            + "excellent_ratio";

    private final JdbcClient jdbc;

    ExamStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long schoolId, OrgPath schoolPath, ExamDraft draft, long createdBy, Instant now) {
        long id = jdbc.sql("INSERT INTO assessment.exam (school_id, school_path, name, held_on, term_id, grade, "
                        + "pass_ratio, excellent_ratio, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "RETURNING id")
                .params(schoolId, schoolPath.value(), draft.name().strip(), Date.valueOf(draft.heldOn()),
                        draft.termId(), draft.grade(), BigDecimal.valueOf(draft.passPercent(), 2),
                        BigDecimal.valueOf(draft.excellentPercent(), 2), createdBy, Timestamp.from(now))
                .query(Long.class).single();
        int position = 0;
        for (ExamSubject subject : draft.subjects()) {
            jdbc.sql("INSERT INTO assessment.exam_subject (exam_id, position, subject, full_marks) VALUES (?, ?, ?, ?)")
                    .params(id, position++, subject.subject().strip(), BigDecimal.valueOf(subject.fullMarks()))
                    .update();
        }
        return id;
    }

    Optional<ExamView> find(long id) {
        return withSubjects(jdbc.sql("SELECT " + COLUMNS + " FROM assessment.exam WHERE id = ?").param(id)
                .query(ExamStore::exam).list()).stream().findFirst();
    }

    /** Exams of schools under any of the paths, newest first. */
    List<ExamView> under(Collection<OrgPath> paths, int limit) {
        if (paths.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (OrgPath path : paths) {
            where.append(where.isEmpty() ? "" : " OR ").append("school_path LIKE ?");
            params.add(path.likePattern());
        }
        params.add(limit);
        return withSubjects(jdbc.sql("SELECT " + COLUMNS + " FROM assessment.exam WHERE " + where
                + " ORDER BY held_on DESC, id DESC LIMIT ?").params(params).query(ExamStore::exam).list());
    }

    /** Exams of one school's grade, newest first. */
    List<ExamView> ofGrade(long schoolId, int grade, int limit) {
        return withSubjects(jdbc.sql("SELECT " + COLUMNS + " FROM assessment.exam WHERE school_id = ? AND grade = ? "
                        + "ORDER BY held_on DESC, id DESC LIMIT ?").params(schoolId, grade, limit)
                .query(ExamStore::exam).list());
    }

    /** Exams in which any of these students has an entry, newest first. */
    List<ExamView> ofStudents(Collection<Long> studentIds, int limit) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return withSubjects(jdbc.sql("SELECT " + COLUMNS + " FROM assessment.exam e WHERE EXISTS (SELECT 1 FROM "
                        + "assessment.exam_score s WHERE s.exam_id = e.id AND s.student_id = ANY(?)) "
                        + "ORDER BY held_on DESC, id DESC LIMIT ?")
                .params(studentIds.toArray(Long[]::new), limit).query(ExamStore::exam).list());
    }

    /** The exam of the same school and grade held last before this one, if any. */
    Optional<ExamView> previous(ExamView exam) {
        return withSubjects(jdbc.sql("SELECT " + COLUMNS + " FROM assessment.exam WHERE school_id = ? AND grade = ? "
                        + "AND (held_on < ? OR held_on = ? AND id < ?) ORDER BY held_on DESC, id DESC LIMIT 1")
                .params(exam.schoolId(), exam.grade(), Date.valueOf(exam.heldOn()), Date.valueOf(exam.heldOn()),
                        exam.id()).query(ExamStore::exam).list()).stream().findFirst();
    }

    List<ScoreRow> scores(long examId) {
        return jdbc.sql("SELECT student_id, student_name, class_id, class_name, subject, score FROM "
                        + "assessment.exam_score WHERE exam_id = ? ORDER BY class_name, class_id, student_id")
                .param(examId).query((rs, n) -> {
                    BigDecimal score = rs.getBigDecimal("score");
                    return new ScoreRow(rs.getLong("student_id"), rs.getString("student_name"), rs.getLong("class_id"),
                            rs.getString("class_name"), rs.getString("subject"),
                            score == null ? null : score.doubleValue());
                }).list();
    }

    /** A score, or an absentee when {@code score} is null; replaces the student's entry in that subject. */
    void put(long examId, String subject, long studentId, String studentName, long classId, String className,
             @Nullable Double score, long enteredBy, Instant now) {
        jdbc.sql("""
                        INSERT INTO assessment.exam_score (exam_id, subject, student_id, student_name, class_id,
                            class_name, score, absent, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (exam_id, subject, student_id) DO UPDATE SET score = excluded.score,
                            absent = excluded.absent, class_id = excluded.class_id, class_name = excluded.class_name,
                            student_name = excluded.student_name, entered_by = excluded.entered_by,
                            entered_at = excluded.entered_at""")
                .params(examId, subject, studentId, studentName, classId, className,
                        score == null ? null : BigDecimal.valueOf(score), score == null, enteredBy, Timestamp.from(now))
                .update();
    }

    void remove(long examId, String subject, long studentId) {
        jdbc.sql("DELETE FROM assessment.exam_score WHERE exam_id = ? AND subject = ? AND student_id = ?")
                .params(examId, subject, studentId).update();
    }

    boolean ranksToFamilies(long schoolId) {
        return jdbc.sql("SELECT ranks_to_families FROM assessment.score_privacy WHERE school_id = ?").param(schoolId)
                .query(Boolean.class).optional().orElse(false);
    }

    void setRanksToFamilies(long schoolId, OrgPath schoolPath, boolean shown, Instant now) {
        jdbc.sql("""
                        INSERT INTO assessment.score_privacy (school_id, school_path, ranks_to_families, updated_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT (school_id) DO UPDATE SET
                            ranks_to_families = excluded.ranks_to_families, updated_at = excluded.updated_at""")
                .params(schoolId, schoolPath.value(), shown, Timestamp.from(now)).update();
    }

    private List<ExamView> withSubjects(List<ExamView> exams) {
        if (exams.isEmpty()) {
            return exams;
        }
        Map<Long, List<ExamSubject>> subjects = new LinkedHashMap<>();
        jdbc.sql("SELECT exam_id, subject, full_marks FROM assessment.exam_subject WHERE exam_id = ANY(?) "
                        + "ORDER BY exam_id, position")
                .param(exams.stream().map(ExamView::id).toArray(Long[]::new))
                .query(rs -> {
                    subjects.computeIfAbsent(rs.getLong("exam_id"), k -> new ArrayList<>())
                            .add(new ExamSubject(rs.getString("subject"), rs.getBigDecimal("full_marks").doubleValue()));
                });
        return exams.stream().map(e -> new ExamView(e.id(), e.schoolId(), e.schoolPath(), e.name(), e.heldOn(),
                e.termId(), e.grade(), e.passRatio(), e.excellentRatio(),
                List.copyOf(subjects.getOrDefault(e.id(), List.of())))).toList();
    }

    private static ExamView exam(ResultSet rs, int n) throws SQLException {
        return new ExamView(rs.getLong("id"), rs.getLong("school_id"), rs.getString("school_path"),
                rs.getString("name"), rs.getDate("held_on").toLocalDate(), rs.getLong("term_id"), rs.getInt("grade"),
                rs.getBigDecimal("pass_ratio").doubleValue(), rs.getBigDecimal("excellent_ratio").doubleValue(),
                List.of());
    }
}
