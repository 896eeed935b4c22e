package org.educloud.network.probes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enrolment codes and probes in {@code network.probe_enrolment_code} and {@code network.probe}. */
@Repository
class ProbeStore {

    record Code(long id, OrgId school, OrgPath schoolPath, Instant expiresAt, @Nullable Instant usedAt) {
    }

    private final JdbcClient jdbc;

    ProbeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertCode(OrgId school, OrgPath path, String codeHash, long issuedBy, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("INSERT INTO network.probe_enrolment_code (school_id, school_path, code_hash, issued_by, issued_at, "
                        + "expires_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(school.value(), path.value(), codeHash, issuedBy, Timestamp.from(issuedAt),
                        Timestamp.from(expiresAt))
                .update();
    }

    /** The code with this hash, locked so two probes racing with one code cannot both enrol. */
    Optional<Code> lockCode(String codeHash) {
        return jdbc.sql("SELECT id, school_id, school_path, expires_at, used_at FROM network.probe_enrolment_code "
                        + "WHERE code_hash = ? FOR UPDATE")
                .param(codeHash)
                .query((rs, n) -> new Code(rs.getLong(1), OrgId.of(rs.getLong(2)), new OrgPath(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(), instant(rs, 5)))
                .optional();
    }

    /** Retires the school's active probe, if any: a school has one probe at a time. */
    int retireActive(OrgId school, Instant at, @Nullable Long by) {
        return jdbc.sql("UPDATE network.probe SET revoked_at = ?, revoked_by = ? WHERE school_id = ? "
                        + "AND revoked_at IS NULL")
                .params(Timestamp.from(at), by, school.value()).update();
    }

    long insertProbe(Code code, String credentialHash, @Nullable String hostName, @Nullable String version,
                     Instant at) {
        long id = jdbc.sql("INSERT INTO network.probe (school_id, school_path, host_name, probe_version, "
                        + "credential_hash, enrolled_at, enrolled_with) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(code.school().value(), code.schoolPath().value(), hostName, version, credentialHash,
                        Timestamp.from(at), code.id())
                .query(Long.class).single();
        jdbc.sql("UPDATE network.probe_enrolment_code SET used_at = ?, probe_id = ? WHERE id = ?")
                .params(Timestamp.from(at), id, code.id()).update();
        return id;
    }

    Optional<AuthenticatedProbe> active(String credentialHash) {
        return jdbc.sql("SELECT id, school_id, school_path FROM network.probe WHERE credential_hash = ? "
                        + "AND revoked_at IS NULL")
                .param(credentialHash)
                .query((rs, n) -> new AuthenticatedProbe(rs.getLong(1), OrgId.of(rs.getLong(2)),
                        new OrgPath(rs.getString(3))))
                .optional();
    }

    Optional<OrgPath> schoolPathOf(long probeId) {
        return jdbc.sql("SELECT school_path FROM network.probe WHERE id = ?").param(probeId)
                .query((rs, n) -> new OrgPath(rs.getString(1))).optional();
    }

    int revoke(long probeId, Instant at, long by) {
        return jdbc.sql("UPDATE network.probe SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(at), by, probeId).update();
    }

    /** The school's probes, newest first, with how many samples each has delivered (its last sequence). */
    List<ProbeView> ofSchool(OrgId school) {
        return jdbc.sql("SELECT id, host_name, probe_version, enrolled_at, revoked_at, heartbeat_seconds, "
                        + "last_received_at, last_sequence FROM network.probe WHERE school_id = ? "
                        + "ORDER BY enrolled_at DESC, id DESC LIMIT 20")
                .param(school.value())
                .query((rs, n) -> new ProbeView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), instant(rs, 5), rs.getInt(6), instant(rs, 7), rs.getLong(8)))
                .list();
    }

    /**
     * Counts one throughput test against the probe's hourly allowance and answers whether it is still within it.
     * One UPDATE, so nodes sharing the database share the count.
     */
    boolean takeThroughputTest(long probeId, Instant now, int perHour) {
        Timestamp windowStart = Timestamp.from(now.minusSeconds(3600));
        int tests = jdbc.sql("UPDATE network.probe SET "
                        + "throughput_tests = CASE WHEN throughput_window_start IS NULL OR throughput_window_start < ? "
                        + "THEN 1 ELSE throughput_tests + 1 END, "
                        + "throughput_window_start = CASE WHEN throughput_window_start IS NULL "
                        + "OR throughput_window_start < ? THEN ? ELSE throughput_window_start END "
                        + "WHERE id = ? RETURNING throughput_tests")
                .params(windowStart, windowStart, Timestamp.from(now), probeId)
                .query(Integer.class).single();
        return tests <= perHour;
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
