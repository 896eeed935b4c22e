package org.educloud.network;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a school's line history that no probe of this platform sent (hourly roll-ups and past incidents), for an
 * installation moving from another monitoring system and for the demo. The daily roll-ups are derived from the
 * hours as the roll-up job derives them; no event is published, since these incidents are history, not news.
 */
@Service
@Transactional
public class LineHistory {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LineHistory(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void load(OrgId school, OrgPath path, String schoolName, List<LineReading> hours,
                     List<PastIncident> incidents) {
        template.batchUpdate("INSERT INTO network.line_hourly (school_id, school_path, hour, heartbeats, measurements, "
                + "latency_ms, download_mbps, min_download_mbps, upload_mbps, dns_ms, loss) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (school_id, hour) DO NOTHING", hours, 500,
                (ps, h) -> {
                    ps.setLong(1, school.value());
                    ps.setString(2, path.value());
                    ps.setTimestamp(3, Timestamp.from(h.hour()));
                    ps.setInt(4, h.heartbeats());
                    ps.setInt(5, h.measurements());
                    real(ps, 6, h.latencyMs());
                    real(ps, 7, h.downloadMbps());
                    real(ps, 8, h.downloadMbps());
                    real(ps, 9, h.uploadMbps());
                    real(ps, 10, h.dnsMs());
                    real(ps, 11, h.loss());
                });
        jdbc.sql("""
                INSERT INTO network.line_daily (school_id, school_path, day, heartbeats, measurements, latency_ms,
                                                download_mbps, min_download_mbps, upload_mbps, dns_ms, loss)
                SELECT school_id, max(school_path), (hour AT TIME ZONE 'UTC')::date, sum(heartbeats), sum(measurements),
                       sum(latency_ms * measurements) / nullif(sum(measurements) FILTER (WHERE latency_ms IS NOT NULL), 0),
                       sum(download_mbps * measurements) / nullif(sum(measurements) FILTER (WHERE download_mbps IS NOT NULL), 0),
                       min(min_download_mbps),
                       sum(upload_mbps * measurements) / nullif(sum(measurements) FILTER (WHERE upload_mbps IS NOT NULL), 0),
                       sum(dns_ms * measurements) / nullif(sum(measurements) FILTER (WHERE dns_ms IS NOT NULL), 0),
                       sum(loss * measurements) / nullif(sum(measurements) FILTER (WHERE loss IS NOT NULL), 0)
                FROM network.line_hourly WHERE school_id = ? GROUP BY school_id, (hour AT TIME ZONE 'UTC')::date
                ON CONFLICT (school_id, day) DO NOTHING""").param(school.value()).update();
        for (PastIncident incident : incidents) {
            jdbc.sql("INSERT INTO network.incident (school_id, school_path, school_name, kind, since, until, opened_at, "
                            + "closed_at, measured_down_mbps, contracted_down_mbps) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT DO NOTHING")
                    .params(school.value(), path.value(), schoolName, incident.kind().name(),
                            Timestamp.from(incident.since()), ts(incident.until()), Timestamp.from(incident.since()),
                            ts(incident.until()), incident.measuredDownMbps() == null ? null
                                    : incident.measuredDownMbps().floatValue(), incident.contractedDownMbps())
                    .update();
        }
    }

    private static @Nullable Timestamp ts(java.time.@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static void real(java.sql.PreparedStatement ps, int index, @Nullable Double value)
            throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setFloat(index, value.floatValue());
        }
    }
}
