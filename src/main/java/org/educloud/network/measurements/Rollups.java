package org.educloud.network.measurements;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hourly and daily roll-ups of each school's line that the status wall, the drill-down and availability read.
 * Each run finds the (school, hour) pairs that received samples since the last run (a backlog lands in old hours)
 * and recomputes those hours from the raw rows, then the days they fall in from the hours: recomputing rather than
 * adding makes a second run over the same rows change nothing. It reads up to a little before now, so a batch still
 * committing is picked up by the next run instead of being skipped.
 */
@Component
public class Rollups {

    static final String MARK = "line-rollups";
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Rollups(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${educloud.network.probes.rollup-delay:5m}", initialDelayString = "1m")
    @SchedulerLock(name = "network.line-rollups", lockAtMostFor = "PT30M")
    public void roll() {
        Instant to = clock.instant().minus(SETTLE);
        transactions.executeWithoutResult(tx -> {
            Instant from = jdbc.sql("SELECT received_to FROM network.rollup_mark WHERE name = ? FOR UPDATE")
                    .param(MARK).query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(Instant.EPOCH);
            if (!to.isAfter(from)) {
                return;
            }
            rollUp(from, to);
            jdbc.sql("INSERT INTO network.rollup_mark (name, received_to) VALUES (?, ?) "
                            + "ON CONFLICT (name) DO UPDATE SET received_to = excluded.received_to")
                    .params(MARK, Timestamp.from(to)).update();
        });
    }

    private void rollUp(Instant from, Instant to) {
        Timestamp f = Timestamp.from(from);
        Timestamp t = Timestamp.from(to);
        jdbc.sql("CREATE TEMPORARY TABLE IF NOT EXISTS touched_hours (school_id bigint, hour timestamptz) "
                + "ON COMMIT DROP").update();
        jdbc.sql("INSERT INTO touched_hours SELECT DISTINCT school_id, date_trunc('hour', at) FROM ("
                        + "SELECT school_id, at FROM network.heartbeat WHERE received_at > ? AND received_at <= ? "
                        + "UNION ALL SELECT school_id, at FROM network.measurement "
                        + "WHERE received_at > ? AND received_at <= ?) s")
                .params(f, t, f, t).update();
        jdbc.sql("""
                INSERT INTO network.line_hourly (school_id, school_path, hour, heartbeats, measurements, latency_ms,
                                                 download_mbps, min_download_mbps, upload_mbps, dns_ms, loss)
                SELECT h.school_id, p.school_path, h.hour,
                       (SELECT count(*) FROM network.heartbeat b WHERE b.school_id = h.school_id
                            AND b.at >= h.hour AND b.at < h.hour + interval '1 hour'),
                       count(m.at), avg(m.latency_ms), avg(m.download_mbps), min(m.download_mbps), avg(m.upload_mbps),
                       avg(m.dns_ms), avg(m.loss)
                FROM touched_hours h
                JOIN LATERAL (SELECT school_path FROM network.probe WHERE school_id = h.school_id
                              ORDER BY enrolled_at DESC LIMIT 1) p ON true
                LEFT JOIN network.measurement m ON m.school_id = h.school_id
                       AND m.at >= h.hour AND m.at < h.hour + interval '1 hour'
                GROUP BY h.school_id, p.school_path, h.hour
                ON CONFLICT (school_id, hour) DO UPDATE SET heartbeats = excluded.heartbeats,
                    measurements = excluded.measurements, latency_ms = excluded.latency_ms,
                    download_mbps = excluded.download_mbps, min_download_mbps = excluded.min_download_mbps,
                    upload_mbps = excluded.upload_mbps, dns_ms = excluded.dns_ms, loss = excluded.loss
                """).update();
        jdbc.sql("""
                INSERT INTO network.line_daily (school_id, school_path, day, heartbeats, measurements, latency_ms,
                                                download_mbps, min_download_mbps, upload_mbps, dns_ms, loss)
                SELECT d.school_id, max(l.school_path), d.day, sum(l.heartbeats), sum(l.measurements),
                       sum(l.latency_ms * l.measurements) / nullif(sum(l.measurements) FILTER (WHERE l.latency_ms IS NOT NULL), 0),
                       sum(l.download_mbps * l.measurements) / nullif(sum(l.measurements) FILTER (WHERE l.download_mbps IS NOT NULL), 0),
                       min(l.min_download_mbps),
                       sum(l.upload_mbps * l.measurements) / nullif(sum(l.measurements) FILTER (WHERE l.upload_mbps IS NOT NULL), 0),
                       sum(l.dns_ms * l.measurements) / nullif(sum(l.measurements) FILTER (WHERE l.dns_ms IS NOT NULL), 0),
                       sum(l.loss * l.measurements) / nullif(sum(l.measurements) FILTER (WHERE l.loss IS NOT NULL), 0)
                FROM (SELECT DISTINCT school_id, (hour AT TIME ZONE 'UTC')::date AS day FROM touched_hours) d
                JOIN network.line_hourly l ON l.school_id = d.school_id
                     AND l.hour >= d.day::timestamp AT TIME ZONE 'UTC'
                     AND l.hour < (d.day + 1)::timestamp AT TIME ZONE 'UTC'
                GROUP BY d.school_id, d.day
                ON CONFLICT (school_id, day) DO UPDATE SET heartbeats = excluded.heartbeats,
                    measurements = excluded.measurements, latency_ms = excluded.latency_ms,
                    download_mbps = excluded.download_mbps, min_download_mbps = excluded.min_download_mbps,
                    upload_mbps = excluded.upload_mbps, dns_ms = excluded.dns_ms, loss = excluded.loss
                """).update();
    }
}
