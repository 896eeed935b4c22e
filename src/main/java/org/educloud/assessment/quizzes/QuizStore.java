package org.educloud.assessment.quizzes;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes quizzes, their items and class windows; callers have checked the caller's right first. */
@Component
public class QuizStore {

    private static final String COLUMNS = "q.id, q.school_id, q.school_path, q.teacher_account, q.teacher_name, "
            + "q.title, q.instructions, q.time_limit_minutes, q.attempts_allowed, q.shuffle_items, q.shuffle_options, "
            + "q.answers_visible, q.status, q.created_at";

    private final JdbcClient jdbc;

    QuizStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The quiz's owner and their school. */
    public record Owner(long schoolId, String schoolPath, long teacherAccount, String teacherName) {
    }

    public long insert(Owner owner, QuizDraft draft, List<QuizView.QuizItem> items, Instant now) {
        long id = jdbc.sql("""
                        INSERT INTO assessment.quiz (school_id, school_path, teacher_account, teacher_name, title,
                            instructions, time_limit_minutes, attempts_allowed, shuffle_items, shuffle_options,
                            answers_visible, status, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?) RETURNING id""")
                .params(owner.schoolId(), owner.schoolPath(), owner.teacherAccount(), owner.teacherName(),
                        draft.title().strip(), draft.instructions(), draft.timeLimitMinutes(), draft.attemptsAllowed(),
                        draft.shuffleItems(), draft.shuffleOptions(), draft.answersVisible().name(),
                        Timestamp.from(now))
                .query(Long.class).single();
        replaceItems(id, items);
        return id;
    }

    public void update(long id, QuizDraft draft, List<QuizView.QuizItem> items) {
        jdbc.sql("""
                        UPDATE assessment.quiz SET title = ?, instructions = ?, time_limit_minutes = ?,
                            attempts_allowed = ?, shuffle_items = ?, shuffle_options = ?, answers_visible = ?
                        WHERE id = ? AND status = 'DRAFT'""")
                .params(draft.title().strip(), draft.instructions(), draft.timeLimitMinutes(), draft.attemptsAllowed(),
                        draft.shuffleItems(), draft.shuffleOptions(), draft.answersVisible().name(), id)
                .update();
        replaceItems(id, items);
    }

    private void replaceItems(long id, List<QuizView.QuizItem> items) {
        jdbc.sql("DELETE FROM assessment.quiz_item WHERE quiz_id = ?").param(id).update();
        for (QuizView.QuizItem item : items) {
            jdbc.sql("INSERT INTO assessment.quiz_item (quiz_id, position, item_id, item_version, points) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(id, item.position(), item.itemId(), item.version(), item.points()).update();
        }
    }

    /** Publishes a draft (a no-op for a published quiz); the windows of the given classes are set or moved. */
    public void setToClasses(long id, List<QuizView.ClassWindow> windows, Instant now) {
        jdbc.sql("UPDATE assessment.quiz SET status = 'PUBLISHED', published_at = coalesce(published_at, ?) "
                + "WHERE id = ?").params(Timestamp.from(now), id).update();
        for (QuizView.ClassWindow w : windows) {
            jdbc.sql("""
                            INSERT INTO assessment.quiz_class (quiz_id, class_id, class_name, opens_at, closes_at)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (quiz_id, class_id) DO UPDATE SET opens_at = excluded.opens_at,
                                closes_at = excluded.closes_at""")
                    .params(id, w.classId(), w.className(), Timestamp.from(w.opensAt()), Timestamp.from(w.closesAt()))
                    .update();
        }
    }

    public Optional<QuizView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment.quiz q WHERE q.id = ?").param(id)
                .query(this::row).optional();
    }

    /** Quizzes a teacher owns, or every quiz under the given path patterns (administrators), newest first. */
    public List<QuizView> managed(long teacherAccount, Collection<String> adminPatterns, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment.quiz q WHERE q.teacher_account = ? "
                        + "OR q.school_path LIKE ANY (?) ORDER BY q.created_at DESC, q.id DESC LIMIT ?")
                .params(teacherAccount, adminPatterns.toArray(String[]::new), limit).query(this::row).list();
    }

    /** Published quizzes set to any of these classes, newest window first. */
    public List<QuizView> setTo(Collection<Long> classIds, int limit) {
        if (classIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment.quiz q WHERE q.status = 'PUBLISHED' AND EXISTS "
                        + "(SELECT 1 FROM assessment.quiz_class c WHERE c.quiz_id = q.id AND c.class_id = ANY (?)) "
                        + "ORDER BY q.id DESC LIMIT ?")
                .params(classIds.toArray(Long[]::new), limit).query(this::row).list();
    }

    private QuizView row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        return new QuizView(id, rs.getLong("school_id"), rs.getString("school_path"), rs.getLong("teacher_account"),
                rs.getString("teacher_name"), rs.getString("title"), rs.getString("instructions"),
                (Integer) rs.getObject("time_limit_minutes"), rs.getInt("attempts_allowed"),
                rs.getBoolean("shuffle_items"), rs.getBoolean("shuffle_options"),
                AnswersVisible.valueOf(rs.getString("answers_visible")), QuizStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), items(id), windows(id));
    }

    private List<QuizView.QuizItem> items(long quizId) {
        return jdbc.sql("SELECT position, item_id, item_version, points FROM assessment.quiz_item WHERE quiz_id = ? "
                        + "ORDER BY position").param(quizId)
                .query((rs, n) -> new QuizView.QuizItem(rs.getInt(1), rs.getLong(2), rs.getInt(3),
                        rs.getBigDecimal(4)))
                .list();
    }

    private List<QuizView.ClassWindow> windows(long quizId) {
        return jdbc.sql("SELECT class_id, class_name, opens_at, closes_at FROM assessment.quiz_class WHERE quiz_id = ? "
                        + "ORDER BY class_name").param(quizId)
                .query((rs, n) -> new QuizView.ClassWindow(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant()))
                .list();
    }

    static BigDecimal points(BigDecimal points) {
        return points.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
