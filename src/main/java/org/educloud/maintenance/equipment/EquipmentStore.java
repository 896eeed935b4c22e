package org.educloud.maintenance.equipment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.educloud.maintenance.EquipmentKind;
import org.educloud.maintenance.EquipmentStatus;
import org.educloud.maintenance.InventoryCounts;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inventory's rows, in hand-written SQL: every read names the org paths it may look under. */
@Repository
class EquipmentStore {

    private static final String COLUMNS = "e.id, e.school_id, e.school_path, e.room, e.kind, e.model, e.serial, "
            + "e.purchased_on, e.purchase_value, e.warranty_until, e.status, e.updated_at, e.version";

    private final JdbcClient jdbc;

    EquipmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EquipmentView> search(Collection<OrgPath> reach, EquipmentFilter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(reach, filter, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM maintenance.equipment e WHERE " + where
                        + " ORDER BY e.school_path, e.room NULLS LAST, e.kind, e.serial LIMIT ? OFFSET ?")
                .params(params).query(EquipmentStore::row).list();
    }

    long count(Collection<OrgPath> reach, EquipmentFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(reach, filter, params);
        return jdbc.sql("SELECT count(*) FROM maintenance.equipment e WHERE " + where).params(params)
                .query(Long.class).single();
    }

    private static String where(Collection<OrgPath> reach, EquipmentFilter filter, List<Object> params) {
        params.add(reach.stream().map(OrgPath::likePattern).toArray(String[]::new));
        return "e.school_path LIKE ANY (?)" + filter.sql(params);
    }

    Optional<EquipmentView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM maintenance.equipment e WHERE e.id = ?").param(id)
                .query(EquipmentStore::row).optional();
    }

    List<EquipmentView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM maintenance.equipment e WHERE e.id = ANY (?)")
                .param(ids.toArray(Long[]::new)).query(EquipmentStore::row).list();
    }

    /** The devices of one school by upper-cased serial number: what an import matches its rows against. */
    Map<String, EquipmentView> bySerial(long school) {
        Map<String, EquipmentView> found = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM maintenance.equipment e WHERE e.school_id = ?").param(school)
                .query(EquipmentStore::row).list()
                .forEach(e -> found.put(e.serial().toUpperCase(java.util.Locale.ROOT), e));
        return found;
    }

    boolean serialTaken(long school, String serial, @Nullable Long except) {
        return jdbc.sql("SELECT count(*) FROM maintenance.equipment WHERE school_id = ? AND upper(serial) = upper(?) "
                        + "AND id <> ?")
                .params(school, serial, except == null ? -1L : except).query(Long.class).single() > 0;
    }

    long insert(OrgId school, OrgPath schoolPath, EquipmentDraft d, EquipmentStatus status, Instant now) {
        return jdbc.sql("""
                        INSERT INTO maintenance.equipment (school_id, school_path, room, kind, model, serial, purchased_on,
                            purchase_value, warranty_until, status, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(school.value(), schoolPath.value(), d.room(), d.kind().name(), d.model(), d.serial(),
                        date(d.purchasedOn()), d.purchaseValue(), date(d.warrantyUntil()), status.name(),
                        Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).single();
    }

    /** Rewrites a device's description if nobody changed it since {@code version}; false otherwise. */
    boolean update(long id, int version, EquipmentDraft d, Instant now) {
        return jdbc.sql("""
                        UPDATE maintenance.equipment SET room = ?, kind = ?, model = ?, serial = ?, purchased_on = ?,
                            purchase_value = ?, warranty_until = ?, updated_at = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(d.room(), d.kind().name(), d.model(), d.serial(), date(d.purchasedOn()), d.purchaseValue(),
                        date(d.warrantyUntil()), Timestamp.from(now), id, version)
                .update() == 1;
    }

    boolean changeStatus(long id, int version, EquipmentStatus status, Instant now) {
        return jdbc.sql("UPDATE maintenance.equipment SET status = ?, updated_at = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?")
                .params(status.name(), Timestamp.from(now), id, version).update() == 1;
    }

    void recordChange(long id, EquipmentStatus status, @Nullable String note, Instant at, long by, String byName) {
        jdbc.sql("""
                        INSERT INTO maintenance.equipment_status_change (equipment_id, status, note, changed_at,
                            changed_by, changed_by_name) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, status.name(), note, Timestamp.from(at), by, byName).update();
    }

    List<StatusChange> history(long id) {
        return jdbc.sql("SELECT status, note, changed_at, changed_by_name FROM maintenance.equipment_status_change "
                        + "WHERE equipment_id = ? ORDER BY changed_at DESC, id DESC")
                .param(id)
                .query((rs, n) -> new StatusChange(EquipmentStatus.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    /** Counts per school below a path: in use by kind, rooms with a display or projector in use, in repair, retired. */
    Map<OrgId, InventoryCounts> counts(String schoolCondition, Object parameter) {
        Map<Long, Map<EquipmentKind, Integer>> inUse = new HashMap<>();
        Map<Long, int[]> others = new HashMap<>();
        jdbc.sql("SELECT school_id, kind, status, count(*) FROM maintenance.equipment WHERE " + schoolCondition
                        + " GROUP BY school_id, kind, status")
                .param(parameter)
                .query(rs -> {
                    long school = rs.getLong(1);
                    EquipmentStatus status = EquipmentStatus.valueOf(rs.getString(3));
                    int count = rs.getInt(4);
                    int[] repairRetired = others.computeIfAbsent(school, s -> new int[2]);
                    switch (status) {
                        case IN_USE -> inUse.computeIfAbsent(school, s -> new EnumMap<>(EquipmentKind.class))
                                .merge(EquipmentKind.valueOf(rs.getString(2)), count, Integer::sum);
                        case IN_REPAIR -> repairRetired[0] += count;
                        case RETIRED -> repairRetired[1] += count;
                    }
                });
        Map<Long, Integer> rooms = new HashMap<>();
        jdbc.sql("SELECT school_id, count(DISTINCT upper(room)) FROM maintenance.equipment WHERE " + schoolCondition
                        + " AND status = 'IN_USE' AND kind IN ('INTERACTIVE_DISPLAY', 'PROJECTOR') AND room IS NOT NULL "
                        + "GROUP BY school_id")
                .param(parameter)
                .query(rs -> {
                    rooms.put(rs.getLong(1), rs.getInt(2));
                });
        Set<Long> schools = new HashSet<>(others.keySet());
        Map<OrgId, InventoryCounts> counts = new HashMap<>();
        for (long school : schools) {
            int[] repairRetired = others.get(school);
            counts.put(OrgId.of(school), new InventoryCounts(inUse.getOrDefault(school, Map.of()),
                    rooms.getOrDefault(school, 0), repairRetired[0], repairRetired[1]));
        }
        return counts;
    }

    private static @Nullable Date date(java.time.@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static EquipmentView row(ResultSet rs, int n) throws SQLException {
        Date bought = rs.getDate(8);
        Date warranty = rs.getDate(10);
        BigDecimal value = rs.getBigDecimal(9);
        return new EquipmentView(rs.getLong(1), OrgId.of(rs.getLong(2)), new OrgPath(rs.getString(3)),
                rs.getString(4), EquipmentKind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                bought == null ? null : bought.toLocalDate(), value, warranty == null ? null : warranty.toLocalDate(),
                EquipmentStatus.valueOf(rs.getString(11)), rs.getTimestamp(12).toInstant(), rs.getInt(13));
    }
}
