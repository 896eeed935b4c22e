package org.educloud.integration.webhooks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox of deliveries waiting to be posted, and the log of every attempt. */
@Repository
class OutboxStore {

    /** A delivery taken by the deliverer, with what it needs to post it. */
    record Due(long id, long subscriptionId, String url, String sealedSecret, UUID eventId, EventKind kind,
               String payload, int attempts) {
    }

    /** Deliveries of one subscription taken by one run of the deliverer, at most. */
    static final int PER_SUBSCRIPTION = 5;

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues an event for a subscription; the same event twice (a listener retried) is queued once. */
    void enqueue(long subscriptionId, UUID eventId, EventKind kind, String payload, Instant now) {
        jdbc.sql("""
                        INSERT INTO integration.webhook_delivery (subscription_id, event_id, kind, payload, status,
                            next_attempt_at, created_at)
                        VALUES (?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT (subscription_id, event_id) DO NOTHING""")
                .params(subscriptionId, eventId, kind.name(), payload, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /**
     * Deliveries due now, of active subscriptions only, oldest first, at most {@link #PER_SUBSCRIPTION} of any one
     * subscription: a subscriber with a long backlog (or a slow receiver) takes its share of a run, not the whole run.
     */
    List<Due> due(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id, subscription_id, url, secret_cipher, event_id, kind, payload, attempts FROM (
                            SELECT d.id, d.subscription_id, s.url, s.secret_cipher, d.event_id, d.kind, d.payload,
                                d.attempts, d.next_attempt_at,
                                row_number() OVER (PARTITION BY d.subscription_id ORDER BY d.next_attempt_at, d.id) AS nth
                            FROM integration.webhook_delivery d
                            JOIN integration.webhook_subscription s ON s.id = d.subscription_id AND s.status = 'ACTIVE'
                            WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?) ranked
                        WHERE nth <= ?
                        ORDER BY next_attempt_at, id LIMIT ?""")
                .params(Timestamp.from(now), PER_SUBSCRIPTION, limit)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, UUID.class), EventKind.valueOf(rs.getString(6)), rs.getString(7), rs.getInt(8)))
                .list();
    }

    void delivered(long id, Instant now) {
        jdbc.sql("UPDATE integration.webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, "
                + "delivered_at = ? WHERE id = ?").params(Timestamp.from(now), id).update();
    }

    void retryAt(long id, Instant next) {
        jdbc.sql("UPDATE integration.webhook_delivery SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?")
                .params(Timestamp.from(next), id).update();
    }

    void gaveUp(long id) {
        jdbc.sql("UPDATE integration.webhook_delivery SET status = 'GAVE_UP', attempts = attempts + 1 WHERE id = ?")
                .param(id).update();
    }

    /** After re-enabling: what waited goes out at the next run rather than after its back-off. */
    void dueNow(long subscriptionId, Instant now) {
        jdbc.sql("UPDATE integration.webhook_delivery SET next_attempt_at = ? "
                + "WHERE subscription_id = ? AND status = 'PENDING'").params(Timestamp.from(now), subscriptionId).update();
    }

    void logAttempt(Due delivery, Instant at, @Nullable Integer statusCode, long durationMs, boolean succeeded,
                    @Nullable String error) {
        jdbc.sql("""
                        INSERT INTO integration.webhook_attempt (delivery_id, subscription_id, attempt, attempted_at,
                            status_code, duration_ms, succeeded, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(delivery.id(), delivery.subscriptionId(), delivery.attempts() + 1, Timestamp.from(at),
                        statusCode, (int) Math.min(Integer.MAX_VALUE, durationMs), succeeded,
                        error == null ? null : error.length() > 300 ? error.substring(0, 300) : error)
                .update();
    }

    List<AttemptView> log(long subscriptionId, int limit) {
        return jdbc.sql("""
                        SELECT a.id, a.attempted_at, d.event_id, d.kind, a.attempt, a.status_code, a.duration_ms,
                            a.succeeded, a.error
                        FROM integration.webhook_attempt a JOIN integration.webhook_delivery d ON d.id = a.delivery_id
                        WHERE a.subscription_id = ? ORDER BY a.attempted_at DESC, a.id DESC LIMIT ?""")
                .params(subscriptionId, limit)
                .query((rs, n) -> new AttemptView(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getObject(3, UUID.class), EventKind.valueOf(rs.getString(4)).wireName(), rs.getInt(5),
                        (Integer) rs.getObject(6), rs.getInt(7), rs.getBoolean(8), rs.getString(9)))
                .list();
    }

    /** Drops deliveries done or given up before this time, with their log lines; answers how many. */
    int forget(Instant before) {
        return jdbc.sql("DELETE FROM integration.webhook_delivery WHERE status <> 'PENDING' AND created_at < ?")
                .param(Timestamp.from(before)).update();
    }

    /** Whether a test ping for the subscription still waits to go out. */
    boolean pingPending(long subscriptionId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM integration.webhook_delivery WHERE subscription_id = ? "
                + "AND status = 'PENDING' AND kind = ?)").params(subscriptionId, EventKind.PING.name())
                .query(Boolean.class).single();
    }

    long pending(long subscriptionId) {
        return jdbc.sql("SELECT count(*) FROM integration.webhook_delivery WHERE subscription_id = ? "
                + "AND status = 'PENDING'").param(subscriptionId).query(Long.class).single();
    }
}
