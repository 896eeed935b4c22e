package org.educloud.integration.lti.launch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Logins in flight, spent once: the id_token is issued once per hint, a deep-linking answer returns once. */
@Repository
public class LaunchStore {

    private static final String COLUMNS = "hint, tool_id, account_id, class_id, link_id, message_type, course_id, "
            + "lesson_id, roles, locale, return_token, issued_at, expires_at";

    private final JdbcClient jdbc;

    LaunchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a login the platform starts; expired ones are deleted by {@code LtiHousekeeping}. */
    public void start(PendingLaunch launch) {
        jdbc.sql("""
                        INSERT INTO integration.lti_launch (hint, tool_id, account_id, class_id, link_id, message_type,
                            course_id, lesson_id, roles, locale, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(launch.hint(), launch.toolId(), launch.accountId(), launch.classId(), launch.linkId(),
                        launch.messageType(), launch.courseId(), launch.lessonId(), String.join(" ", launch.roles()),
                        launch.locale(), Timestamp.from(launch.expiresAt()))
                .update();
    }

    Optional<PendingLaunch> find(String hint) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration.lti_launch WHERE hint = ?").param(hint)
                .query(LaunchStore::launch).optional();
    }

    /** Spends the hint; false when another request spent it first. */
    boolean issue(String hint, @Nullable String returnToken, Instant now, Instant returnExpiry) {
        return jdbc.sql("""
                        UPDATE integration.lti_launch SET issued_at = ?, return_token = ?,
                            expires_at = CASE WHEN CAST(? AS varchar) IS NULL THEN expires_at ELSE ? END
                        WHERE hint = ? AND issued_at IS NULL""")
                .params(Timestamp.from(now), returnToken, returnToken, Timestamp.from(returnExpiry), hint)
                .update() == 1;
    }

    /** The deep-linking request this return token belongs to. */
    public Optional<PendingLaunch> byReturnToken(String token) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration.lti_launch WHERE return_token = ?").param(token)
                .query(LaunchStore::launch).optional();
    }

    /** Spends a deep-linking request's return; false when it was used before. */
    public boolean returned(String token, Instant now) {
        return jdbc.sql("UPDATE integration.lti_launch SET returned_at = ? WHERE return_token = ? "
                        + "AND returned_at IS NULL")
                .params(Timestamp.from(now), token).update() == 1;
    }

    void launchedIn(long toolId, long classId, Instant now) {
        jdbc.sql("""
                        INSERT INTO integration.lti_launched_class (tool_id, class_id, launched_at) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(toolId, classId, Timestamp.from(now)).update();
    }

    private static PendingLaunch launch(ResultSet rs, int n) throws SQLException {
        Timestamp issued = rs.getTimestamp("issued_at");
        return new PendingLaunch(rs.getString("hint"), rs.getLong("tool_id"), rs.getLong("account_id"),
                rs.getLong("class_id"), rs.getObject("link_id", Long.class), rs.getString("message_type"),
                rs.getObject("course_id", Long.class), rs.getObject("lesson_id", Long.class),
                List.of(rs.getString("roles").split(" ")), rs.getString("locale"), rs.getString("return_token"),
                issued == null ? null : issued.toInstant(), rs.getTimestamp("expires_at").toInstant());
    }
}
