package org.educloud.records.xapi;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.educloud.identity.IntegrationCaller;
import org.educloud.records.XapiVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores statements as the LRS must: a batch is validated whole and written in one transaction or not at all;
 * the LRS sets id (when missing), stored, authority, version and timestamp; a statement id seen before is a no-op
 * when the content is the same and a conflict when it is not; a voiding statement marks its target voided, and a
 * voiding statement itself cannot be voided.
 */
@Component
class StatementStore {

    private static final DateTimeFormatter STORED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Set<String> SET_BY_LRS = Set.of("stored", "authority", "version");

    record Found(JsonNode statement, Instant stored, boolean voided) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    StatementStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    List<UUID> store(List<JsonNode> statements, IntegrationCaller client, XapiVersion version, String homePage) {
        Instant now = clock.instant();
        List<ObjectNode> prepared = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (JsonNode statement : statements) {
            StatementValidator.statement(statement);
            ObjectNode copy = (ObjectNode) statement.deepCopy();
            UUID id = copy.has("id") ? UUID.fromString(copy.get("id").asString()) : UUID.randomUUID();
            if (!ids.add(id)) {
                throw new InvalidStatement("statement.id: " + id + " appears twice in the batch");
            }
            copy.put("id", id.toString());
            prepared.add(copy);
        }
        Map<UUID, JsonNode> existing = existing(ids);
        List<UUID> result = new ArrayList<>();
        List<ObjectNode> fresh = new ArrayList<>();
        for (ObjectNode statement : prepared) {
            UUID id = UUID.fromString(statement.get("id").asString());
            result.add(id);
            JsonNode known = existing.get(id);
            if (known == null) {
                fresh.add(statement);
            } else if (!sameStatement(known, statement)) {
                throw new StatementConflict(id.toString());
            }
        }
        for (ObjectNode statement : fresh) {
            voidTarget(statement, fresh);
            complete(statement, client, version, homePage, now);
            insert(statement, client, now);
        }
        return result;
    }

    @Transactional(readOnly = true)
    Optional<Found> find(UUID id, IntegrationCaller reader, boolean allInScope) {
        return jdbc.sql("""
                        SELECT body::text, stored, voided FROM records.statement
                        WHERE id = :id AND (CASE WHEN :all THEN org_path LIKE :scope ELSE client_id = :client END)""")
                .param("id", id).param("all", allInScope).param("scope", reader.orgPath().likePattern())
                .param("client", reader.clientId())
                .query((rs, n) -> new Found(json.readTree(rs.getString(1)), rs.getTimestamp(2).toInstant(),
                        rs.getBoolean(3)))
                .optional();
    }

    /** Statements matching the filters, newest first unless ascending; voided ones are never listed. */
    @Transactional(readOnly = true)
    List<JsonNode> query(IntegrationCaller reader, boolean allInScope, StatementQuery query) {
        StringBuilder sql = new StringBuilder("SELECT body::text FROM records.statement WHERE NOT voided AND ")
                .append(allInScope ? "org_path LIKE :scope" : "client_id = :client");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", reader.orgPath().likePattern());
        params.put("client", reader.clientId());
        if (query.verb() != null) {
            sql.append(" AND verb_id = :verb");
            params.put("verb", query.verb());
        }
        if (query.activity() != null) {
            sql.append(" AND activity_id = :activity");
            params.put("activity", query.activity());
        }
        if (query.registration() != null) {
            sql.append(" AND registration = :registration");
            params.put("registration", query.registration());
        }
        if (query.agentKey() != null) {
            sql.append(" AND actor_key = :agent");
            params.put("agent", query.agentKey());
        }
        if (query.since() != null) {
            sql.append(" AND stored > :since");
            params.put("since", Timestamp.from(query.since()));
        }
        if (query.until() != null) {
            sql.append(" AND stored <= :until");
            params.put("until", Timestamp.from(query.until()));
        }
        String direction = query.ascending() ? " ASC" : " DESC";
        sql.append(" ORDER BY stored").append(direction).append(", id").append(direction)
                .append(" LIMIT :limit OFFSET :offset");
        params.put("limit", query.limit());
        params.put("offset", query.offset());
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> json.readTree(rs.getString(1))).list();
    }

    private Map<UUID, JsonNode> existing(Set<UUID> ids) {
        Map<UUID, JsonNode> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT id, body::text FROM records.statement WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> found.put(rs.getObject(1, UUID.class), json.readTree(rs.getString(2)))).list();
        return found;
    }

    /** The same statement again: equal apart from what the LRS itself set when it stored the first. */
    private static boolean sameStatement(JsonNode stored, ObjectNode received) {
        ObjectNode a = (ObjectNode) stored.deepCopy();
        ObjectNode b = received.deepCopy();
        SET_BY_LRS.forEach(a::remove);
        SET_BY_LRS.forEach(b::remove);
        // Durations are compared to the hundredth of a second (xAPI 2.0 §4.2.7).
        for (ObjectNode statement : List.of(a, b)) {
            truncateDuration(statement);
            if (statement.path("object") instanceof ObjectNode sub) {
                truncateDuration(sub);
            }
        }
        if (!b.has("timestamp")) {
            a.remove("timestamp");
        }
        return a.equals(b);
    }

    private static void truncateDuration(ObjectNode statement) {
        if (statement.path("result") instanceof ObjectNode result && result.path("duration").isString()) {
            result.put("duration", result.get("duration").asString().replaceFirst("(\\.\\d{2})\\d+S$", "$1S"));
        }
    }

    private void voidTarget(ObjectNode statement, List<ObjectNode> batch) {
        if (!StatementValidator.VOIDED.equals(statement.get("verb").get("id").asString())) {
            return;
        }
        UUID target = UUID.fromString(statement.get("object").get("id").asString());
        boolean targetVoids = jdbc.sql("SELECT count(*) FROM records.statement WHERE id = ? AND voids IS NOT NULL")
                .param(target).query(Long.class).single() > 0
                || batch.stream().anyMatch(s -> s.get("id").asString().equals(target.toString())
                && StatementValidator.VOIDED.equals(s.get("verb").get("id").asString()));
        if (targetVoids) {
            throw new InvalidStatement("statement.object: a voiding statement cannot be voided");
        }
        jdbc.sql("UPDATE records.statement SET voided = TRUE WHERE id = ?").param(target).update();
    }

    private void complete(ObjectNode statement, IntegrationCaller client, XapiVersion version, String homePage,
                          Instant now) {
        // Context activities are always returned as arrays, whichever form the client sent; sub-statements too.
        arraysOfContextActivities(statement);
        arraysOfContextActivities(statement.path("object"));
        String stored = STORED.format(now);
        statement.put("stored", stored);
        if (!statement.has("timestamp")) {
            statement.put("timestamp", stored);
        }
        if (!statement.has("version")) {
            statement.put("version", version == XapiVersion.V2_0 ? "2.0.0" : "1.0.0");
        }
        ObjectNode authority = statement.putObject("authority");
        authority.put("objectType", "Agent");
        ObjectNode account = authority.putObject("account");
        account.put("homePage", homePage);
        account.put("name", client.clientId());
    }

    private static void arraysOfContextActivities(JsonNode statement) {
        if (statement.path("context").path("contextActivities") instanceof ObjectNode activities) {
            for (String kind : List.copyOf(activities.propertyNames())) {
                JsonNode value = activities.get(kind);
                if (!value.isArray()) {
                    activities.putArray(kind).add(value);
                }
            }
        }
    }

    private void insert(ObjectNode statement, IntegrationCaller client, Instant now) {
        UUID id = UUID.fromString(statement.get("id").asString());
        JsonNode object = statement.get("object");
        boolean activity = !object.has("objectType") || "Activity".equals(object.get("objectType").asString());
        boolean voiding = StatementValidator.VOIDED.equals(statement.get("verb").get("id").asString());
        JsonNode registration = statement.path("context").path("registration");
        jdbc.sql("INSERT INTO records.statement_id (id, stored) VALUES (?, ?)").params(id, Timestamp.from(now))
                .update();
        jdbc.sql("""
                        INSERT INTO records.statement (id, stored, occurred, client_id, org_path, verb_id, actor_key,
                                                       activity_id, registration, voids, body)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(id, Timestamp.from(now),
                        Timestamp.from(OffsetDateTime.parse(statement.get("timestamp").asString()).toInstant()),
                        client.clientId(), client.orgPath().value(), statement.get("verb").get("id").asString(),
                        agentKey(statement.get("actor")), activity ? object.get("id").asString() : null,
                        registration.isMissingNode() ? null : UUID.fromString(registration.asString()),
                        voiding ? UUID.fromString(object.get("id").asString()) : null,
                        json.writeValueAsString(statement))
                .update();
    }

    /** One key per agent or identified group, from its inverse functional identifier; anonymous groups by content. */
    static String agentKey(JsonNode actor) {
        if (actor.has("mbox")) {
            return "mbox:" + actor.get("mbox").asString().toLowerCase(java.util.Locale.ROOT);
        }
        if (actor.has("mbox_sha1sum")) {
            return "sha1:" + actor.get("mbox_sha1sum").asString().toLowerCase(java.util.Locale.ROOT);
        }
        if (actor.has("openid")) {
            return "openid:" + actor.get("openid").asString();
        }
        if (actor.has("account")) {
            return "account:" + actor.get("account").get("homePage").asString() + "|"
                    + actor.get("account").get("name").asString();
        }
        return "group:" + actor.get("member").toString();
    }

    /** The filters of a statement query, already checked. */
    record StatementQuery(@Nullable String verb, @Nullable String activity, @Nullable UUID registration,
                          @Nullable String agentKey, @Nullable Instant since, @Nullable Instant until,
                          boolean ascending, int limit, int offset) {
    }
}
