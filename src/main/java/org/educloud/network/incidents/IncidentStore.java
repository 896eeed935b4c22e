package org.educloud.network.incidents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.educloud.network.IncidentKind;
import org.educloud.network.NetworkIncidentClosed;
import org.educloud.network.NetworkIncidentOpened;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incidents in {@code network.incident}; at most one open per school and kind (a partial unique index). */
@Repository
class IncidentStore {

    /** A school whose probe fell silent: heard last at {@code lastHeard}. */
    record Silent(OrgId school, OrgPath path, Instant lastHeard) {
    }

    /** A school whose line measured below its share of the contract in every recent measurement. */
    record Slow(OrgId school, OrgPath path, Instant since, double best, int contracted) {
    }

    private final JdbcClient jdbc;

    IncidentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Silent> silent(Instant now, int missedHeartbeats, int limit) {
        return jdbc.sql("""
                        SELECT p.school_id, p.school_path, p.last_received_at FROM network.probe p
                        WHERE p.revoked_at IS NULL AND p.last_received_at IS NOT NULL
                          AND p.last_received_at < ?::timestamptz - make_interval(secs => p.heartbeat_seconds * ?)
                          AND NOT EXISTS (SELECT 1 FROM network.incident i WHERE i.school_id = p.school_id
                                          AND i.kind = 'OUTAGE' AND i.until IS NULL)
                        ORDER BY p.last_received_at LIMIT ?""")
                .params(Timestamp.from(now), missedHeartbeats, limit)
                .query((rs, n) -> new Silent(OrgId.of(rs.getLong(1)), new OrgPath(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    /**
     * Schools with an active probe and a contracted download whose every measurement since {@code from} (at least
     * {@code samples} of them) stayed below {@code share} of it, and no degradation open yet.
     */
    List<Slow> slow(Instant from, double share, int samples, int limit) {
        return jdbc.sql("""
                        SELECT p.school_id, p.school_path, r.first_at, r.best, c.contracted_down_mbps
                        FROM (SELECT school_id, min(at) AS first_at, max(download_mbps) AS best, count(*) AS n
                              FROM network.measurement WHERE at >= ? AND download_mbps IS NOT NULL
                              GROUP BY school_id) r
                        JOIN network.probe p ON p.school_id = r.school_id AND p.revoked_at IS NULL
                        JOIN network.connectivity_version c ON c.school_id = r.school_id AND c.valid_to IS NULL
                        WHERE c.contracted_down_mbps > 0 AND r.n >= ? AND r.best < c.contracted_down_mbps * ?
                          AND NOT EXISTS (SELECT 1 FROM network.incident i WHERE i.school_id = r.school_id
                                          AND i.kind = 'DEGRADATION' AND i.until IS NULL)
                        LIMIT ?""")
                .params(Timestamp.from(from), samples, share, limit)
                .query((rs, n) -> new Slow(OrgId.of(rs.getLong(1)), new OrgPath(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(), rs.getDouble(4), rs.getInt(5)))
                .list();
    }

    /** Open degradations whose latest measurement is back at or above the share (or whose contract went). */
    List<Long> recovered(double share) {
        return jdbc.sql("""
                        SELECT i.id FROM network.incident i
                        LEFT JOIN network.connectivity_version c ON c.school_id = i.school_id AND c.valid_to IS NULL
                        JOIN LATERAL (SELECT m.download_mbps FROM network.measurement m WHERE m.school_id = i.school_id
                                      AND m.at > i.since AND m.download_mbps IS NOT NULL
                                      ORDER BY m.at DESC LIMIT 1) latest ON true
                        WHERE i.kind = 'DEGRADATION' AND i.until IS NULL
                          AND (coalesce(c.contracted_down_mbps, 0) = 0
                               OR latest.download_mbps >= c.contracted_down_mbps * ?)""")
                .param(share).query(Long.class).list();
    }

    /** Opens an incident unless one of its kind is open for the school (another node won): then empty. */
    Optional<NetworkIncidentOpened> open(OrgId school, OrgPath path, String name, IncidentKind kind, Instant since,
                                         Instant now, @Nullable Double measured, @Nullable Integer contracted) {
        return jdbc.sql("INSERT INTO network.incident (school_id, school_path, school_name, kind, since, opened_at, "
                        + "measured_down_mbps, contracted_down_mbps) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (school_id, kind) WHERE until IS NULL DO NOTHING RETURNING id")
                .params(school.value(), path.value(), name, kind.name(), Timestamp.from(since), Timestamp.from(now),
                        measured == null ? null : measured.floatValue(), contracted)
                .query(Long.class).optional()
                .map(id -> new NetworkIncidentOpened(id, school, path, name, kind, since));
    }

    /** Closes the school's open incident of this kind at {@code until}, if there is one. */
    Optional<NetworkIncidentClosed> close(OrgId school, IncidentKind kind, Instant until, Instant now) {
        return jdbc.sql("UPDATE network.incident SET until = greatest(since, ?), closed_at = ? WHERE school_id = ? "
                        + "AND kind = ? AND until IS NULL "
                        + "RETURNING id, school_id, school_path, school_name, kind, since, until")
                .params(Timestamp.from(until), Timestamp.from(now), school.value(), kind.name())
                .query((rs, n) -> closed(rs)).optional();
    }

    Optional<NetworkIncidentClosed> close(long id, Instant until, Instant now) {
        return jdbc.sql("UPDATE network.incident SET until = greatest(since, ?), closed_at = ? WHERE id = ? "
                        + "AND until IS NULL RETURNING id, school_id, school_path, school_name, kind, since, until")
                .params(Timestamp.from(until), Timestamp.from(now), id)
                .query((rs, n) -> closed(rs)).optional();
    }

    /** When the school's line was last measured at or above the share (the end of a degradation). */
    Optional<Instant> latestMeasurement(long incidentId) {
        return jdbc.sql("SELECT max(m.at) FROM network.measurement m JOIN network.incident i "
                        + "ON i.school_id = m.school_id WHERE i.id = ? AND m.at > i.since")
                .param(incidentId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    private static NetworkIncidentClosed closed(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new NetworkIncidentClosed(rs.getLong(1), OrgId.of(rs.getLong(2)), new OrgPath(rs.getString(3)),
                rs.getString(4), IncidentKind.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7).toInstant());
    }
}
