package org.educloud.learning.lineitems;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.learning.GradeSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes grade columns from other sources and their scores; callers have checked rights first. */
@Component
public class LineItemStore {

    private static final String COLUMNS = "id, source, source_id, class_id, title, max_score, due_at, link";

    private final JdbcClient jdbc;

    LineItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void put(GradeSource source, String sourceId, long classId, String title, BigDecimal maxScore,
                    @Nullable Instant due, @Nullable String link, Instant now) {
        jdbc.sql("""
                        INSERT INTO learning.line_item (source, source_id, class_id, title, max_score, due_at, link,
                            created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (source, source_id, class_id) DO UPDATE SET title = excluded.title,
                            max_score = excluded.max_score, due_at = excluded.due_at, link = excluded.link,
                            updated_at = excluded.updated_at""")
                .params(source.name(), sourceId, classId, cut(title, 200), maxScore,
                        due == null ? null : Timestamp.from(due), link == null ? null : cut(link, 300),
                        Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /** Stores the score unless a newer one is there; false also when the column does not exist. */
    public boolean score(GradeSource source, String sourceId, long classId, long studentId, BigDecimal score,
                         boolean complete, Instant scoredAt) {
        return jdbc.sql("""
                        INSERT INTO learning.line_item_score (line_item_id, student_id, score, complete, scored_at)
                        SELECT id, ?, ?, ?, ? FROM learning.line_item
                        WHERE source = ? AND source_id = ? AND class_id = ?
                        ON CONFLICT (line_item_id, student_id) DO UPDATE SET score = excluded.score,
                            complete = excluded.complete, scored_at = excluded.scored_at
                        WHERE learning.line_item_score.scored_at <= excluded.scored_at""")
                .params(studentId, score, complete, Timestamp.from(scoredAt), source.name(), sourceId, classId)
                .update() == 1;
    }

    public int withdraw(GradeSource source, String sourceId) {
        return jdbc.sql("DELETE FROM learning.line_item WHERE source = ? AND source_id = ?")
                .params(source.name(), sourceId).update();
    }

    /** A class's columns, by due time (those without one last), then by when they were put. */
    public List<LineItemRow> ofClass(long classId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM learning.line_item WHERE class_id = ? "
                        + "ORDER BY due_at NULLS LAST, id LIMIT ?")
                .params(classId, limit).query(this::row).list();
    }

    /** Columns of any class whose due time fell between the two instants. */
    public List<LineItemRow> dueBetween(Instant from, Instant to, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM learning.line_item WHERE due_at >= ? AND due_at < ? "
                        + "ORDER BY due_at, id LIMIT ?")
                .params(Timestamp.from(from), Timestamp.from(to), limit).query(this::row).list();
    }

    /** The scores in these columns, by column and student. */
    public Map<Long, Map<Long, LineItemScore>> scores(Collection<Long> lineItemIds) {
        Map<Long, Map<Long, LineItemScore>> scores = new HashMap<>();
        if (lineItemIds.isEmpty()) {
            return scores;
        }
        jdbc.sql("SELECT line_item_id, student_id, score, complete, scored_at FROM learning.line_item_score "
                        + "WHERE line_item_id = ANY(CAST(? AS bigint[]))")
                .param(lineItemIds.toArray(Long[]::new))
                .query((rs, n) -> new LineItemScore(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
                        rs.getBoolean(4), rs.getTimestamp(5).toInstant()))
                .list().forEach(s -> scores.computeIfAbsent(s.lineItemId(), k -> new HashMap<>())
                        .put(s.studentId(), s));
        return scores;
    }

    private LineItemRow row(ResultSet rs, int n) throws SQLException {
        Timestamp due = rs.getTimestamp("due_at");
        return new LineItemRow(rs.getLong("id"), GradeSource.valueOf(rs.getString("source")),
                rs.getString("source_id"), rs.getLong("class_id"), rs.getString("title"),
                rs.getBigDecimal("max_score"), due == null ? null : due.toInstant(), rs.getString("link"));
    }

    private static String cut(String text, int length) {
        String stripped = text.strip();
        return stripped.length() > length ? stripped.substring(0, length) : stripped;
    }
}
