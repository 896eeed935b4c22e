package org.educloud.roster.oneroster.rest;

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
import org.educloud.roster.oneroster.rest.SqlCollection.FieldType;
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
    private final java.time.Clock clock;
    private final org.educloud.identity.IdentityManagement identity;

    OneRosterQueries(JdbcClient jdbc, java.time.Clock clock, org.educloud.identity.IdentityManagement identity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.identity = identity;
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
        String where = byId(collection, condition, sourcedId, params);
        List<Map<String, Object>> rows = jdbc.sql("SELECT r.* FROM (" + collection.baseSql() + ") r WHERE " + where)
                .params(params).query((rs, n) -> collection.reader().read(rs, refs)).list();
        return finish(collection, rows, fields, reach).stream().findFirst();
    }

    boolean exists(SqlCollection collection, OrgPath reach, Condition condition, String sourcedId) {
        Map<String, Object> params = scopeParams(reach);
        String where = byId(collection, condition, sourcedId, params);
        return jdbc.sql("SELECT count(*) FROM (" + collection.baseSql() + ") r WHERE " + where)
                .params(params).query(Long.class).single() > 0;
    }

    /** The row a sourcedId names: its internal {@code _kind} ("" for single-table collections) and {@code _id}. */
    Optional<Local> local(SqlCollection collection, OrgPath reach, Condition condition, String sourcedId) {
        Map<String, Object> params = scopeParams(reach);
        String where = byId(collection, condition, sourcedId, params);
        boolean kinds = collection.keys().values().stream()
                .anyMatch(k -> !k.isEmpty() && !k.equals(SqlCollection.COMPUTED));
        return jdbc.sql("SELECT " + (kinds ? "r.\"_kind\"" : "''") + ", r.\"_id\" FROM (" + collection.baseSql()
                        + ") r WHERE " + where + " LIMIT 1")
                .params(params).query((rs, n) -> new Local(rs.getString(1), rs.getLong(2))).optional();
    }

    record Local(String kind, long id) {
    }

    /**
     * EduCloud's own ids name their row by key (and still find an imported object shown under its source's
     * sourcedId); any other id is compared with the computed sourcedId, through the source column's index.
     */
    private static String byId(SqlCollection collection, Condition condition, String sourcedId,
                               Map<String, Object> params) {
        params.putAll(condition.params());
        Condition key = collection.key(sourcedId);
        params.putAll(key.params());
        params.put("sourcedId", sourcedId);
        String match = collection.keyNamesRow(sourcedId) ? "TRUE" : "r.\"sourcedId\" = :sourcedId";
        return match + " AND (" + key.sql() + ") AND (" + condition.sql() + ")";
    }

    private static List<Map<String, Object>> finish(SqlCollection collection, List<Map<String, Object>> rows,
                                                    List<String> fields, OrgPath reach) {
        collection.enrich().accept(rows, reach);
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Map<String, Object> item = new LinkedHashMap<>();
            row.forEach((key, value) -> {
                // 1.2's optional fields are not nullable: an absent one is left out, never null.
                if (value != null && !key.startsWith("_") && (fields.isEmpty() || fields.contains(key))) {
                    item.put(key, value);
                }
            });
            out.add(item);
        }
        return out;
    }

    private Map<String, Object> scopeParams(OrgPath reach) {
        Map<String, Object> params = new HashMap<>();
        params.put("scopePattern", reach.likePattern());
        params.put("scopePath", reach.value());
        // An enrolment whose end has passed is tobedeleted from the day after its last day, in EduCloud's zone.
        params.put("today", java.sql.Date.valueOf(LocalDate.now(clock)));
        params.put("zone", clock.getZone().getId());
        return params;
    }

    private static String sortSql(SqlCollection collection, Listing listing) {
        String direction = listing.descending() ? " DESC" : " ASC";
        String defaultOrder = String.join(",", java.util.Arrays.stream(collection.order().split(","))
                .map(key -> key.strip() + direction).toList());
        // The spec answers a sort on an unknown field with the default order, not an error.
        if (listing.sort() == null || !collection.fields().containsKey(listing.sort())
                || listing.sort().equals("username")) {
            return defaultOrder;
        }
        return "r.\"" + listing.sort() + "\"" + direction + " NULLS LAST, " + defaultOrder;
    }

    private String filterSql(SqlCollection collection, Filter filter, Map<String, Object> params) {
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
            if (p.field().equals("username")) {
                parts.add(usernameSql(p, name, params));
                continue;
            }
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

    /**
     * Usernames live in the identity module: {@code username='…'} (or {@code !=}) becomes a condition on the
     * account it names; other operators would need every username and are refused.
     */
    private String usernameSql(Filter.Predicate p, String name, Map<String, Object> params) {
        if (p.operator() != Filter.Operator.EQ && p.operator() != Filter.Operator.NE) {
            throw new InvalidRequest("invalid_filter_field", "username can be filtered with = and != only");
        }
        params.put(name, identity.accountNamed(p.value()).map(org.educloud.shared.UserId::value).orElse(-1L));
        return p.operator() == Filter.Operator.EQ ? "r.\"_account\" = :" + name
                : "r.\"_account\" IS DISTINCT FROM :" + name;
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
