package org.educloud.integration.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscriptions and their sealed secrets, read always by the org paths the caller may reach. */
@Repository
class SubscriptionStore {

    private static final String COLUMNS = "id, org_id, org_path, name, url, kinds, secret_hint, status, "
            + "consecutive_failures, disabled_at, disabled_reason, created_at, secret_rotated_at";

    private final JdbcClient jdbc;

    SubscriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(OrgId org, OrgPath path, String name, String url, Collection<EventKind> kinds, String sealedSecret,
                String hint, long createdBy, Instant now) {
        return jdbc.sql("""
                        INSERT INTO integration.webhook_subscription (org_id, org_path, name, url, kinds, secret_cipher,
                            secret_hint, status, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?) RETURNING id""")
                .params(org.value(), path.value(), name, url, String.join(",", kinds.stream().map(Enum::name).toList()),
                        sealedSecret, hint, createdBy, Timestamp.from(now))
                .query(Long.class).single();
    }

    Optional<WebhookView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration.webhook_subscription WHERE id = ?").param(id)
                .query(SubscriptionStore::view).optional();
    }

    /** Subscriptions on nodes at or below any of these paths, newest first. */
    List<WebhookView> under(Collection<OrgPath> paths, int limit) {
        if (paths.isEmpty()) {
            return List.of();
        }
        String[] patterns = paths.stream().map(OrgPath::likePattern).toArray(String[]::new);
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration.webhook_subscription "
                        + "WHERE org_path LIKE ANY (?) ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(patterns, limit).query(SubscriptionStore::view).list();
    }

    /** Active subscriptions to this kind on the node or a bureau above it: those who may hear of its event. */
    List<WebhookView> activeAbove(OrgPath node, EventKind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration.webhook_subscription "
                        + "WHERE status = 'ACTIVE' AND ? LIKE org_path || '%' AND (',' || kinds || ',') LIKE ?")
                .params(node.value(), "%," + kind.name() + ",%").query(SubscriptionStore::view).list();
    }

    void replaceSecret(long id, String sealed, String hint, Instant now) {
        jdbc.sql("UPDATE integration.webhook_subscription SET secret_cipher = ?, secret_hint = ?, secret_rotated_at = ? "
                + "WHERE id = ?").params(sealed, hint, Timestamp.from(now), id).update();
    }

    /** Switches an active subscription off; answers whether this call did it (not one before it). */
    boolean disable(long id, String reason, Instant now) {
        return jdbc.sql("UPDATE integration.webhook_subscription SET status = 'DISABLED', disabled_at = ?, "
                + "disabled_reason = ? WHERE id = ? AND status = 'ACTIVE'").params(Timestamp.from(now), reason, id)
                .update() == 1;
    }

    void enable(long id) {
        jdbc.sql("UPDATE integration.webhook_subscription SET status = 'ACTIVE', disabled_at = NULL, "
                + "disabled_reason = NULL, consecutive_failures = 0 WHERE id = ?").param(id).update();
    }

    /** Counts one more failure in a row and answers the count, locking the row against a parallel attempt. */
    int failed(long id) {
        return jdbc.sql("UPDATE integration.webhook_subscription SET consecutive_failures = consecutive_failures + 1 "
                + "WHERE id = ? RETURNING consecutive_failures").param(id).query(Integer.class).single();
    }

    void succeeded(long id) {
        jdbc.sql("UPDATE integration.webhook_subscription SET consecutive_failures = 0 WHERE id = ?").param(id).update();
    }

    private static WebhookView view(ResultSet rs, int row) throws SQLException {
        List<EventKind> kinds = Arrays.stream(rs.getString("kinds").split(",")).filter(s -> !s.isBlank())
                .map(EventKind::valueOf).toList();
        return new WebhookView(rs.getLong("id"), OrgId.of(rs.getLong("org_id")), new OrgPath(rs.getString("org_path")),
                rs.getString("name"), rs.getString("url"), kinds, rs.getString("secret_hint"), rs.getString("status"),
                rs.getInt("consecutive_failures"), instant(rs.getTimestamp("disabled_at")),
                rs.getString("disabled_reason"), rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("secret_rotated_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
