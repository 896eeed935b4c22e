package org.educloud.roster.oneroster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One OneRoster collection read with SQL. {@code baseSql} selects one row per object, scoped to the client with
 * the named parameters {@code :scopePattern} (LIKE pattern of the client's org path) and {@code :scopePath};
 * its column aliases are the OneRoster field names that may be filtered and sorted on (listed in
 * {@code fields}); columns starting with {@code _} are internal keys for nested collections. {@code order} is the
 * default order over indexed keys (sorting 100,000 users by a computed sourcedId would cost a full sort per page).
 */
record SqlCollection(String plural, String singular, String baseSql, String order, Map<String, FieldType> fields,
                     Set<String> jsonFields, RowReader reader, Consumer<List<Map<String, Object>>> enrich) {

    enum FieldType { STRING, DATE, DATETIME, BOOLEAN }

    @FunctionalInterface
    interface RowReader {
        Map<String, Object> read(ResultSet rs, Refs refs) throws SQLException;
    }
}
