package org.educloud.integration.lti.grades;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tools' line items and the scores they posted, as the tools gave them. */
@Repository
class LineItemRows {

    private static final String COLUMNS = "id, tool_id, class_id, link_id, label, score_maximum, resource_id, tag, "
            + "origin";

    /** A score as the tool posted it, for the results endpoint and for rescaling the gradebook's copy. */
    record StoredScore(long accountId, @Nullable BigDecimal given, @Nullable BigDecimal maximum,
                       @Nullable String comment, String grading, Instant scoredAt) {
    }

    /** What a tool filters its line items by (AGS container query parameters); null is "any". */
    record Filter(@Nullable Long linkId, @Nullable String resourceId, @Nullable String tag) {
    }

    private final JdbcClient jdbc;

    LineItemRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long toolId, long classId, @Nullable Long linkId, String label, BigDecimal max,
                @Nullable String resourceId, @Nullable String tag, ToolLineItem.Origin origin, Instant now) {
        return jdbc.sql("""
                        INSERT INTO integration.lti_line_item (tool_id, class_id, link_id, label, score_maximum,
                            resource_id, tag, origin, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(toolId, classId, linkId, label, max, resourceId, tag, origin.name(), Timestamp.from(now))
                .query(Long.class).single();
    }

    void update(long id, String label, BigDecimal max, @Nullable String resourceId, @Nullable String tag) {
        jdbc.sql("UPDATE integration.lti_line_item SET label = ?, score_maximum = ?, resource_id = ?, tag = ? "
                        + "WHERE id = ?")
                .params(label, max, resourceId, tag, id).update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM integration.lti_line_item WHERE id = ?").param(id).update();
    }

    Optional<ToolLineItem> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration.lti_line_item WHERE id = ?").param(id)
                .query(LineItemRows::row).optional();
    }

    /** One page of the tool's line items in a class, by id, those after {@code afterId}; at most {@code limit}. */
    List<ToolLineItem> page(long toolId, long classId, Filter filter, long afterId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration.lti_line_item WHERE tool_id = ? AND class_id = ? "
                        + "AND id > ? AND (CAST(? AS bigint) IS NULL OR link_id = ?) "
                        + "AND (CAST(? AS varchar) IS NULL OR resource_id = ?) "
                        + "AND (CAST(? AS varchar) IS NULL OR tag = ?) ORDER BY id LIMIT ?")
                .params(toolId, classId, afterId, filter.linkId(), filter.linkId(), filter.resourceId(),
                        filter.resourceId(), filter.tag(), filter.tag(), limit)
                .query(LineItemRows::row).list();
    }

    long count(long toolId, long classId) {
        return jdbc.sql("SELECT count(*) FROM integration.lti_line_item WHERE tool_id = ? AND class_id = ?")
                .params(toolId, classId).query(Long.class).single();
    }

    List<Long> idsOfTool(long toolId) {
        return jdbc.sql("SELECT id FROM integration.lti_line_item WHERE tool_id = ?").param(toolId)
                .query(Long.class).list();
    }

    Optional<ToolLineItem> ofLink(long linkId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration.lti_line_item WHERE link_id = ? ORDER BY id LIMIT 1")
                .param(linkId).query(LineItemRows::row).optional();
    }

    void score(long lineItemId, long accountId, @Nullable BigDecimal given, @Nullable BigDecimal maximum,
               @Nullable String comment, String activity, String grading, Instant at) {
        jdbc.sql("""
                        INSERT INTO integration.lti_score (line_item_id, account_id, score_given, score_maximum, comment,
                            activity, grading, scored_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (line_item_id, account_id) DO UPDATE SET score_given = excluded.score_given,
                            score_maximum = excluded.score_maximum, comment = excluded.comment,
                            activity = excluded.activity, grading = excluded.grading, scored_at = excluded.scored_at
                        WHERE integration.lti_score.scored_at <= excluded.scored_at""")
                .params(lineItemId, accountId, given, maximum, comment, activity, grading, Timestamp.from(at))
                .update();
    }

    /**
     * One page of the given scores of a line item (those with a score), by account, after {@code afterAccount}; one
     * person's only when {@code accountId} is set.
     */
    List<StoredScore> scores(long lineItemId, @Nullable Long accountId, long afterAccount, int limit) {
        return jdbc.sql("SELECT account_id, score_given, score_maximum, comment, grading, scored_at "
                        + "FROM integration.lti_score WHERE line_item_id = ? AND score_given IS NOT NULL "
                        + "AND (CAST(? AS bigint) IS NULL OR account_id = ?) AND account_id > ? "
                        + "ORDER BY account_id LIMIT ?")
                .params(lineItemId, accountId, accountId, afterAccount, limit)
                .query((rs, n) -> new StoredScore(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    private static ToolLineItem row(ResultSet rs, int n) throws SQLException {
        return new ToolLineItem(rs.getLong("id"), rs.getLong("tool_id"), rs.getLong("class_id"),
                rs.getObject("link_id", Long.class), rs.getString("label"), rs.getBigDecimal("score_maximum"),
                rs.getString("resource_id"), rs.getString("tag"), ToolLineItem.Origin.valueOf(rs.getString("origin")));
    }
}
