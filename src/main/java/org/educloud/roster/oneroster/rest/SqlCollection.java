package org.educloud.roster.oneroster.rest;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One OneRoster collection read with SQL. {@code baseSql} selects one row per object, scoped to the client with
 * the named parameters {@code :scopePattern} (LIKE pattern of the client's org path) and {@code :scopePath};
 * its column aliases are the OneRoster field names that may be filtered and sorted on (listed in
 * {@code fields}); columns starting with {@code _} are internal keys for nested collections. {@code order} is the
 * default order over indexed keys (sorting 100,000 users by a computed sourcedId would cost a full sort per page).
 */
record SqlCollection(String plural, String singular, String baseSql, String order, Map<String, FieldType> fields,
                     Set<String> jsonFields, RowReader reader,
                     java.util.function.BiConsumer<List<Map<String, Object>>, org.educloud.shared.OrgPath> enrich,
                     Map<String, String> keys) {

    /**
     * The indexed condition a sourcedId stands for: {@code keys} maps a sourcedId prefix to the {@code _kind} it
     * means (or "" for a single-table collection), so {@code user-s-42} becomes {@code _kind = 's' AND _id = 42}
     * and a single GET reads one row by its primary key instead of computing every row's sourcedId.
     */
    Condition key(String sourcedId) {
        for (Map.Entry<String, String> prefix : keys.entrySet()) {
            if (!prefix.getKey().equals(SOURCE) && sourcedId.startsWith(prefix.getKey())) {
                if (prefix.getValue().equals(COMPUTED)) {
                    return Condition.NONE;
                }
                try {
                    long id = Long.parseLong(sourcedId.substring(prefix.getKey().length()));
                    return prefix.getValue().isEmpty()
                            ? Condition.of("r.\"_id\" = :keyId", "keyId", id)
                            : new Condition("r.\"_kind\" = :keyKind AND r.\"_id\" = :keyId",
                                    Map.of("keyKind", prefix.getValue(), "keyId", id));
                } catch (NumberFormatException e) {
                    break;
                }
            }
        }
        // Any other sourcedId may be the source's own one of an imported object: read by its indexed column.
        return keys.containsKey(SOURCE) ? Condition.of("r.\"_source\" = :keySource", "keySource", sourcedId)
                : Condition.NONE;
    }

    /**
     * Marks (in {@code keys}) a collection whose rows carry the source sourcedId of imported objects in a
     * {@code _source} column; its {@code sourcedId} is that one where kept, EduCloud's own id otherwise.
     */
    static final String SOURCE = "*source";

    /** Marks (as the kind in {@code keys}) a prefix of computed ids, such as school years, found by comparison. */
    static final String COMPUTED = "-";

    /**
     * Whether {@link #key} alone names the row (an EduCloud id such as {@code user-s-42}, which still finds an
     * imported object shown under its source's sourcedId), so the query need not compare computed sourcedIds.
     */
    boolean keyNamesRow(String sourcedId) {
        return keys.keySet().stream().anyMatch(p -> !p.equals(SOURCE) && sourcedId.startsWith(p))
                && !key(sourcedId).sql().contains("_source") && key(sourcedId) != Condition.NONE;
    }


    /** OneRoster's dateLastModified: UTC with milliseconds. */
    static final java.time.format.DateTimeFormatter LAST_MODIFIED =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    /** The properties every OneRoster object starts with. */
    static Map<String, Object> header(ResultSet rs) throws SQLException {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("sourcedId", rs.getString("sourcedId"));
        o.put("status", rs.getString("status"));
        Timestamp modified = rs.getTimestamp("dateLastModified");
        o.put("dateLastModified", modified == null ? null : LAST_MODIFIED.format(modified.toInstant()));
        return o;
    }

    enum FieldType { STRING, DATE, DATETIME, BOOLEAN }

    /** The filterable and sortable fields; {@code sourcedId} always is. */
    static Map<String, FieldType> fields(Object... pairs) {
        Map<String, FieldType> out = new LinkedHashMap<>();
        out.put("sourcedId", FieldType.STRING);
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (FieldType) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    static Map<String, String> prefixes(String... prefixAndKind) {
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        for (int i = 0; i < prefixAndKind.length; i += 2) {
            keys.put(prefixAndKind[i], prefixAndKind[i + 1]);
        }
        return keys;
    }

    @FunctionalInterface
    interface RowReader {
        Map<String, Object> read(ResultSet rs, Refs refs) throws SQLException;
    }
}
