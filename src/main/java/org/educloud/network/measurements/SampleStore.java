package org.educloud.network.measurements;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Raw heartbeats and measurements, and each probe's delivery state, in the network schema. */
@Repository
class SampleStore {

    record Stored(long sequence, Instant at, @Nullable String ruling, SampleBatch.Sample sample) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SampleStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The probe's highest stored sequence, its row locked: batches of one probe are taken one at a time. */
    long lockLastSequence(long probeId) {
        return jdbc.sql("SELECT last_sequence FROM network.probe WHERE id = ? FOR UPDATE").param(probeId)
                .query(Long.class).single();
    }

    void insertHeartbeats(long probeId, long schoolId, Instant receivedAt, List<Stored> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Timestamp received = Timestamp.from(receivedAt);
        // ON CONFLICT: the sequence check already drops redeliveries; the key is the second line of defence
        template.batchUpdate("INSERT INTO network.heartbeat (probe_id, school_id, sequence, at, received_at, "
                + "time_ruling) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows, 500, (ps, row) -> {
            ps.setLong(1, probeId);
            ps.setLong(2, schoolId);
            ps.setLong(3, row.sequence());
            ps.setTimestamp(4, Timestamp.from(row.at()));
            ps.setTimestamp(5, received);
            ps.setString(6, row.ruling());
        });
    }

    void insertMeasurements(long probeId, long schoolId, Instant receivedAt, List<Stored> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Timestamp received = Timestamp.from(receivedAt);
        template.batchUpdate("INSERT INTO network.measurement (probe_id, school_id, sequence, at, received_at, "
                + "time_ruling, latency_ms, download_mbps, upload_mbps, dns_ms, loss) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows, 500, (ps, row) -> {
            SampleBatch.Sample s = row.sample();
            ps.setLong(1, probeId);
            ps.setLong(2, schoolId);
            ps.setLong(3, row.sequence());
            ps.setTimestamp(4, Timestamp.from(row.at()));
            ps.setTimestamp(5, received);
            ps.setString(6, row.ruling());
            setReal(ps, 7, s.latencyMs());
            setReal(ps, 8, s.downloadMbps());
            setReal(ps, 9, s.uploadMbps());
            setReal(ps, 10, s.dnsMs());
            setReal(ps, 11, s.loss());
        });
    }

    /** Records that the platform heard from the probe now, and how far its delivered sequence reaches. */
    void heard(long probeId, long lastSequence, @Nullable Integer heartbeatSeconds, @Nullable String version,
               Instant receivedAt, @Nullable Instant lastHeartbeat) {
        jdbc.sql("UPDATE network.probe SET last_sequence = ?, heartbeat_seconds = coalesce(?, heartbeat_seconds), "
                        + "probe_version = coalesce(?, probe_version), last_received_at = ?, "
                        + "last_heartbeat_at = CASE WHEN ?::timestamptz IS NULL THEN last_heartbeat_at "
                        + "ELSE greatest(last_heartbeat_at, ?::timestamptz) END WHERE id = ?")
                .params(lastSequence, heartbeatSeconds, version, Timestamp.from(receivedAt), ts(lastHeartbeat),
                        ts(lastHeartbeat), probeId)
                .update();
    }

    private static @Nullable Timestamp ts(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static void setReal(java.sql.PreparedStatement ps, int index, @Nullable Double value)
            throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setFloat(index, value.floatValue());
        }
    }
}
