package org.educloud.network.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries of the status pages, each bounded by a subtree prefix and a time window and reading roll-ups,
 * incidents and the probe table (one row per school), never the raw samples of many schools.
 */
@Repository
class StatusReads {

    record OpenIncident(String kind, Instant since) {
    }

    record Hour(Instant hour, int heartbeats, int measurements, @Nullable Double latencyMs,
                @Nullable Double downloadMbps, @Nullable Double uploadMbps, @Nullable Double loss) {
    }

    record Incident(long id, String kind, Instant since, @Nullable Instant until, @Nullable Double measured,
                    @Nullable Integer contracted) {

        public long minutes(Instant now) {
            return Math.max(0, java.time.Duration.between(since, until == null ? now : until).toMinutes());
        }
    }

    record Measurement(Instant at, @Nullable String ruling, @Nullable Double latencyMs, @Nullable Double downloadMbps,
                       @Nullable Double uploadMbps, @Nullable Double dnsMs, @Nullable Double loss) {
    }

    private final JdbcClient jdbc;

    StatusReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When each school's line was last heard: its probe's last contact or its latest hour with heartbeats. */
    Map<Long, Instant> lastHeard(OrgPath under, Instant since) {
        Map<Long, Instant> heard = new HashMap<>();
        jdbc.sql("SELECT school_id, max(hour) + interval '1 hour' FROM network.line_hourly "
                        + "WHERE school_path LIKE ? AND hour >= ? AND heartbeats > 0 GROUP BY school_id")
                .params(under.likePattern(), Timestamp.from(since))
                .query((rs, n) -> heard.put(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
        jdbc.sql("SELECT school_id, max(last_received_at) FROM network.probe WHERE school_path LIKE ? "
                        + "AND last_received_at IS NOT NULL GROUP BY school_id")
                .param(under.likePattern())
                .query((rs, n) -> heard.merge(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        (a, b) -> a.isAfter(b) ? a : b)).list();
        return heard;
    }

    /** Schools that reported at all in the last days (daily roll-ups), for telling SILENT from NEVER_REPORTED. */
    java.util.Set<Long> reportedSince(OrgPath under, LocalDate day) {
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT school_id FROM network.line_daily "
                        + "WHERE school_path LIKE ? AND day >= ?")
                .params(under.likePattern(), day).query(Long.class).list());
    }

    /** Open incidents by school: outage first, since it outranks a degradation. */
    Map<Long, OpenIncident> openIncidents(OrgPath under) {
        Map<Long, OpenIncident> open = new HashMap<>();
        jdbc.sql("SELECT school_id, kind, since FROM network.incident WHERE until IS NULL AND school_path LIKE ? "
                        + "ORDER BY CASE kind WHEN 'OUTAGE' THEN 1 ELSE 0 END")
                .param(under.likePattern())
                .query((rs, n) -> open.put(rs.getLong(1), new OpenIncident(rs.getString(2),
                        rs.getTimestamp(3).toInstant()))).list();
        return open;
    }

    List<Hour> hours(long school, Instant from) {
        return jdbc.sql("SELECT hour, heartbeats, measurements, latency_ms, download_mbps, upload_mbps, loss "
                        + "FROM network.line_hourly WHERE school_id = ? AND hour >= ? ORDER BY hour")
                .params(school, Timestamp.from(from))
                .query((rs, n) -> new Hour(rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getInt(3),
                        real(rs, 4), real(rs, 5), real(rs, 6), real(rs, 7)))
                .list();
    }

    List<Incident> incidents(long school, int limit) {
        return jdbc.sql("SELECT id, kind, since, until, measured_down_mbps, contracted_down_mbps FROM network.incident "
                        + "WHERE school_id = ? ORDER BY since DESC LIMIT ?")
                .params(school, limit)
                .query((rs, n) -> new Incident(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), real(rs, 5),
                        (Integer) rs.getObject(6)))
                .list();
    }

    /** The school's latest raw measurements (one school, a LIMIT, an index on (school_id, at)). */
    List<Measurement> latestMeasurements(long school, Instant from, int limit) {
        return jdbc.sql("SELECT at, time_ruling, latency_ms, download_mbps, upload_mbps, dns_ms, loss "
                        + "FROM network.measurement WHERE school_id = ? AND at >= ? ORDER BY at DESC LIMIT ?")
                .params(school, Timestamp.from(from), limit)
                .query((rs, n) -> new Measurement(rs.getTimestamp(1).toInstant(), rs.getString(2), real(rs, 3),
                        real(rs, 4), real(rs, 5), real(rs, 6), real(rs, 7)))
                .list();
    }

    @Nullable Integer contractedDown(long school) {
        return jdbc.sql("SELECT contracted_down_mbps FROM network.connectivity_version WHERE school_id = ? "
                        + "AND valid_to IS NULL").param(school).query((rs, n) -> (Integer) rs.getObject(1))
                .optional().orElse(null);
    }

    /** Outage seconds inside [from, to) per school, an open outage counting up to {@code now}. */
    Map<Long, Long> outageSeconds(OrgPath under, Instant from, Instant to, Instant now) {
        Map<Long, Long> seconds = new HashMap<>();
        Timestamp f = Timestamp.from(from);
        Timestamp t = Timestamp.from(to);
        Timestamp n = Timestamp.from(now);
        jdbc.sql("""
                        SELECT school_id, sum(extract(epoch FROM least(coalesce(until, ?), ?) - greatest(since, ?)))
                        FROM network.incident WHERE kind = 'OUTAGE' AND school_path LIKE ? AND since < ?
                          AND coalesce(until, ?) > ? GROUP BY school_id""")
                .params(n, t, f, under.likePattern(), t, n, f)
                .query((rs, i) -> seconds.put(rs.getLong(1), Math.max(0, Math.round(rs.getDouble(2))))).list();
        return seconds;
    }

    /** When each school was first observed inside [from, to): its first daily roll-up or outage there. */
    Map<Long, Instant> firstObserved(OrgPath under, Instant from, Instant to) {
        Map<Long, Instant> first = new HashMap<>();
        jdbc.sql("""
                        SELECT school_id, min(t) FROM (
                          SELECT school_id, (min(day)::timestamp AT TIME ZONE 'UTC') AS t FROM network.line_daily
                          WHERE school_path LIKE ? AND day >= ? AND day < ? GROUP BY school_id
                          UNION ALL
                          SELECT school_id, min(greatest(since, ?)) FROM network.incident
                          WHERE kind = 'OUTAGE' AND school_path LIKE ? AND since < ? AND coalesce(until, 'infinity') > ?
                          GROUP BY school_id) s GROUP BY school_id""")
                .params(under.likePattern(), utcDay(from), utcDay(to), Timestamp.from(from),
                        under.likePattern(), Timestamp.from(to), Timestamp.from(from))
                .query((rs, i) -> first.put(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
        return first;
    }

    private static LocalDate utcDay(Instant at) {
        return LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
    }

    private static @Nullable Double real(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        float value = rs.getFloat(column);
        return rs.wasNull() ? null : (double) value;
    }
}
