package org.educloud.network.connectivity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.network.AccessType;
import org.educloud.network.ChangeSource;
import org.educloud.network.ConnectivityDraft;
import org.educloud.network.ConnectivityView;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The versions of network.connectivity_version. A school's current version is its row without valid_to; a partial
 * unique index keeps it to one, so two changes racing for the same school cannot both become current.
 */
@Repository
public class ConnectivityStore {

    private static final String COLUMNS = """
            id, school_id, access_type, provider, contracted_down_mbps, contracted_up_mbps, wired_coverage,
            wireless_coverage, classrooms, multimedia_classrooms, teaching_terminals, valid_from, valid_to,
            changed_by_name, change_source""";

    private final JdbcClient jdbc;

    ConnectivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ConnectivityView> current(OrgId school) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM network.connectivity_version WHERE school_id = ? AND valid_to IS NULL")
                .param(school.value()).query(ConnectivityStore::view).optional();
    }

    /** The current version, locked until the transaction ends: the one a change will close. */
    Optional<ConnectivityView> currentForUpdate(OrgId school) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM network.connectivity_version WHERE school_id = ? AND valid_to IS NULL FOR UPDATE")
                .param(school.value()).query(ConnectivityStore::view).optional();
    }

    /** Every version of a school, newest first. */
    List<ConnectivityView> history(OrgId school) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM network.connectivity_version WHERE school_id = ? ORDER BY valid_from DESC, id DESC")
                .param(school.value()).query(ConnectivityStore::view).list();
    }

    /** The current versions of every school under a node, by school. */
    public Map<OrgId, ConnectivityView> currentUnder(OrgPath path) {
        Map<OrgId, ConnectivityView> current = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS
                        + " FROM network.connectivity_version WHERE school_path LIKE ? AND valid_to IS NULL")
                .param(path.likePattern()).query(ConnectivityStore::view).list()
                .forEach(v -> current.put(v.school(), v));
        return current;
    }

    void close(long version, Instant at) {
        jdbc.sql("UPDATE network.connectivity_version SET valid_to = ? WHERE id = ? AND valid_to IS NULL")
                .params(Timestamp.from(at), version).update();
    }

    long open(OrgId school, OrgPath schoolPath, ConnectivityDraft d, Instant at, long changedBy, String changedByName,
              ChangeSource source) {
        return jdbc.sql("""
                        INSERT INTO network.connectivity_version (school_id, school_path, access_type, provider,
                            contracted_down_mbps, contracted_up_mbps, wired_coverage, wireless_coverage, classrooms,
                            multimedia_classrooms, teaching_terminals, valid_from, changed_by, changed_by_name,
                            change_source)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(school.value(), schoolPath.value(), d.accessType().name(), d.providerName(),
                        d.contractedDownMbps(), d.contractedUpMbps(), d.wiredCoverage(), d.wirelessCoverage(),
                        d.classrooms(), d.multimediaClassrooms(), d.teachingTerminals(), Timestamp.from(at), changedBy,
                        changedByName, source.name())
                .query(Long.class).single();
    }

    private static ConnectivityView view(ResultSet rs, int row) throws SQLException {
        Timestamp to = rs.getTimestamp("valid_to");
        return new ConnectivityView(rs.getLong("id"), OrgId.of(rs.getLong("school_id")),
                AccessType.valueOf(rs.getString("access_type")), rs.getString("provider"),
                integer(rs, "contracted_down_mbps"), integer(rs, "contracted_up_mbps"), rs.getBoolean("wired_coverage"),
                rs.getBoolean("wireless_coverage"), integer(rs, "classrooms"), integer(rs, "multimedia_classrooms"),
                integer(rs, "teaching_terminals"), rs.getTimestamp("valid_from").toInstant(),
                to == null ? null : to.toInstant(), rs.getString("changed_by_name"),
                ChangeSource.valueOf(rs.getString("change_source")));
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
