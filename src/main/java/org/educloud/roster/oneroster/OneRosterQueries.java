package org.educloud.roster.oneroster;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.roster.oneroster.SqlCollection.FieldType;
import org.educloud.shared.OrgPath;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs OneRoster collection requests as parameterised SQL: the client's scope and any nested-collection
 * condition first, then the client's filter over whitelisted fields, a sort with {@code sourcedId} as tie-breaker,
 * and limit/offset paging with the total count.
 */
@Component
@Transactional(readOnly = true)
class OneRosterQueries {

    record Page(List<Map<String, Object>> items, long total) {
    }

    private final JdbcClient jdbc;

    OneRosterQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page list(SqlCollection collection, OrgPath reach, Condition nested, Listing listing, Refs refs) {
        Map<String, Object> params = scopeParams(reach);
        params.putAll(nested.params());
        String where = " WHERE (" + nested.sql() + ") AND (" + filterSql(collection, listing.filter(), params) + ")";
        String from = " FROM (" + collection.baseSql() + ") r";
        long total = jdbc.sql("SELECT count(*)" + from + where).params(params).query(Long.class).single();
        String order = " ORDER BY " + sortSql(collection, listing) + " LIMIT :limit OFFSET :offset";
        params.put("limit", listing.limit());
        params.put("offset", listing.offset());
        List<Map<String, Object>> rows = jdbc.sql("SELECT r.*" + from + where + order).params(params)
                .query((rs, n) -> collection.reader().read(rs, refs)).list();
        return new Page(finish(collection, rows, listing.fields(), reach), total);
    }

    Optional<Map<String, Object>> one(SqlCollection collection, OrgPath reach, Condition condition, String sourcedId,
                                      Refs refs, List<String> fields) {
        Map<String, Object> params = scopeParams(reach);
        params.putAll(condition.params());
        Condition key = collection.key(sourcedId);
        params.putAll(key.params());
        params.put("sourcedId", sourcedId);
        List<Map<String, Object>> rows = jdbc.sql("SELECT r.* FROM (" + collection.baseSql()
                        + ") r WHERE r.\"sourcedId\" = :sourcedId AND (" + key.sql() + ") AND (" + condition.sql() + ")")
                .params(params).query((rs, n) -> collection.reader().read(rs, refs)).list();
        return finish(collection, rows, fields, reach).stream().findFirst();
    }

    boolean exists(SqlCollection collection, OrgPath reach, Condition condition, String sourcedId) {
        Map<String, Object> params = scopeParams(reach);
        params.putAll(condition.params());
        Condition key = collection.key(sourcedId);
        params.putAll(key.params());
        params.put("sourcedId", sourcedId);
        return jdbc.sql("SELECT count(*) FROM (" + collection.baseSql() + ") r WHERE r.\"sourcedId\" = :sourcedId"
                        + " AND (" + key.sql() + ") AND (" + condition.sql() + ")")
                .params(params).query(Long.class).single() > 0;
    }

    private static List<Map<String, Object>> finish(SqlCollection collection, List<Map<String, Object>> rows,
                                                    List<String> fields, OrgPath reach) {
        collection.enrich().accept(rows, reach);
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Map<String, Object> item = new LinkedHashMap<>();
            row.forEach((key, value) -> {
                if (!key.startsWith("_") && (fields.isEmpty() || fields.contains(key))) {
                    item.put(key, value);
                }
            });
            out.add(item);
        }
        return out;
    }

    private static Map<String, Object> scopeParams(OrgPath reach) {
        Map<String, Object> params = new HashMap<>();
        params.put("scopePattern", reach.likePattern());
        params.put("scopePath", reach.value());
        return params;
    }

    private static String sortSql(SqlCollection collection, Listing listing) {
        String direction = listing.descending() ? " DESC" : " ASC";
        String defaultOrder = String.join(",", java.util.Arrays.stream(collection.order().split(","))
                .map(key -> key.strip() + direction).toList());
        // The spec answers a sort on an unknown field with the default order, not an error.
        if (listing.sort() == null || !collection.fields().containsKey(listing.sort())) {
            return defaultOrder;
        }
        return "r.\"" + listing.sort() + "\"" + direction + " NULLS LAST, " + defaultOrder;
    }

    private static String filterSql(SqlCollection collection, Filter filter, Map<String, Object> params) {
        if (filter.predicates().isEmpty()) {
            return "TRUE";
        }
        List<String> parts = new ArrayList<>();
        int i = 0;
        for (Filter.Predicate p : filter.predicates()) {
            FieldType type = collection.fields().get(p.field());
            if (type == null) {
                throw new InvalidRequest("invalid_filter_field", "Cannot filter " + collection.plural() + " on '"
                        + p.field() + "'; filterable fields: " + String.join(", ", collection.fields().keySet()));
            }
            String name = "f" + i++;
            String column = "r.\"" + p.field() + "\"";
            if (p.operator() == Filter.Operator.CONTAINS) {
                params.put(name, "%" + p.value().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                parts.add(column + "::text ILIKE :" + name);
                continue;
            }
            params.put(name, typed(type, p));
            parts.add(switch (p.operator()) {
                case EQ -> column + " = :" + name;
                case NE -> column + " IS DISTINCT FROM :" + name;
                case GT -> column + " > :" + name;
                case GE -> column + " >= :" + name;
                case LT -> column + " < :" + name;
                case LE -> column + " <= :" + name;
                case CONTAINS -> throw new IllegalStateException();
            });
        }
        return String.join(filter.any() ? " OR " : " AND ", parts);
    }

    private static Object typed(FieldType type, Filter.Predicate p) {
        try {
            return switch (type) {
                case STRING -> p.value();
                case DATE -> java.sql.Date.valueOf(LocalDate.parse(p.value()));
                case DATETIME -> Timestamp.from(instant(p.value()));
                case BOOLEAN -> switch (p.value()) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException();
                };
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidRequest("invalid_filter_field", "'" + p.value() + "' is not a valid "
                    + type.name().toLowerCase(java.util.Locale.ROOT) + " for " + p.field()
                    + (type == FieldType.DATETIME ? " (use ISO 8601, e.g. 2026-09-01T00:00:00Z)" : ""));
        }
    }

    /** ISO 8601 with an offset; a bare date means its start in UTC. */
    private static Instant instant(String value) {
        if (value.length() == 10) {
            return LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        }
        return OffsetDateTime.parse(value).toInstant();
    }
}
