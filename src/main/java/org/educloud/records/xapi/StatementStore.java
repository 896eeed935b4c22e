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
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores statements as the LRS must: a batch is validated whole and written in one transaction or not at all;
 * the LRS sets id (when missing), stored, authority, version and timestamp; a statement id seen before is a no-op
 * when the client may read that statement and the content is the same, and a conflict otherwise; a voiding statement marks its target voided (only a
 * target the client may read, see {@link StatementReach}), and a voiding statement itself cannot be voided.
 */
@Component
class StatementStore {

    private static final DateTimeFormatter STORED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    record Found(JsonNode statement, Instant stored, boolean voided) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AttachmentStore attachments;
    private final EduCloudLearners learners;
    private final Clock clock;

    StatementStore(JdbcClient jdbc, JsonMapper json, AttachmentStore attachments, EduCloudLearners learners,
                   Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.attachments = attachments;
        this.learners = learners;
        this.clock = clock;
    }

    @Transactional
    List<UUID> store(List<JsonNode> statements, List<StatementAttachments.Content> contents, IntegrationCaller client,
                     XapiVersion version, String homePage) {
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
        List<@Nullable OrgPath> homes = learners.homes(prepared, client);
        StatementReach reach = StatementReach.of(client);
        Map<UUID, Optional<JsonNode>> existing = existing(ids, reach);
        List<UUID> result = new ArrayList<>();
        List<ObjectNode> fresh = new ArrayList<>();
        List<@Nullable OrgPath> freshHomes = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            ObjectNode statement = prepared.get(i);
            UUID id = UUID.fromString(statement.get("id").asString());
            result.add(id);
            Optional<JsonNode> known = existing.get(id);
            if (known == null) {
                fresh.add(statement);
                freshHomes.add(homes.get(i));
            } else if (known.isEmpty() || !SameStatement.as(known.get(), statement)) {
                throw new StatementConflict(id.toString());
            }
        }
        for (ObjectNode statement : fresh) {
            voidTarget(statement, fresh, reach);
            complete(statement, client, version, homePage, now);
        }
        insert(fresh, freshHomes, client, now);
        attachments.keep(fresh, contents, now);
        return result;
    }

    /** What became of a statement the platform produced. */
    enum Once { STORED, ALREADY_STORED, CONFLICT }

    /**
     * Stores one valid statement the platform itself produced about a learner of the given school. A statement
     * with its id already stored with the same content is a redelivery; other content under that id is a
     * conflict. Neither throws, so the caller's transaction stays usable.
     */
    @Transactional
    Once storeOnce(ObjectNode statement, IntegrationCaller client, XapiVersion version, String homePage,
                   OrgPath learnerSchool) {
        // Through JSON text, so numbers compare the way they will read back from the database.
        ObjectNode normalized = (ObjectNode) json.readTree(json.writeValueAsString(statement));
        UUID id = UUID.fromString(normalized.get("id").asString());
        Optional<JsonNode> known = existing(Set.of(id), StatementReach.of(client)).get(id);
        if (known != null) {
            return known.isPresent() && SameStatement.as(known.get(), normalized) ? Once.ALREADY_STORED : Once.CONFLICT;
        }
        Instant now = clock.instant();
        complete(normalized, client, version, homePage, now);
        insert(List.of(normalized), List.of(learnerSchool), client, now);
        return Once.STORED;
    }

    @Transactional(readOnly = true)
    Optional<Found> find(UUID id, StatementReach reach) {
        Map<String, Object> params = reach.bind(new HashMap<>());
        params.put("id", id);
        return jdbc.sql("SELECT s.body::text, s.stored, s.voided FROM records.statement s WHERE s.id = :id AND "
                        + reach.condition("s"))
                .params(params)
                .query((rs, n) -> new Found(json.readTree(rs.getString(1)), rs.getTimestamp(2).toInstant(),
                        rs.getBoolean(3)))
                .optional();
    }

    /**
     * Statements matching the filters, newest first unless ascending; voided ones are never listed. A statement
     * whose StatementRef targets (directly or down a chain) a statement that matches the content filters is itself
     * a match, even when that target is voided; the time filters and paging apply to the referring statement.
     */
    @Transactional(readOnly = true)
    List<JsonNode> query(StatementReach reach, StatementQuery query) {
        Map<String, Object> params = reach.bind(new HashMap<>());
        StringBuilder common = new StringBuilder(" NOT s.voided AND ").append(reach.condition("s"));
        if (query.since() != null) {
            common.append(" AND s.stored > :since");
            params.put("since", Timestamp.from(query.since()));
        }
        if (query.until() != null) {
            common.append(" AND s.stored <= :until");
            params.put("until", Timestamp.from(query.until()));
        }
        String direction = query.ascending() ? " ASC" : " DESC";
        String order = " ORDER BY stored" + direction + ", id" + direction;
        params.put("limit", query.limit());
        params.put("offset", query.offset());
        String own = contentFilter(query, params, "s");
        String sql;
        if (own == null) {
            sql = "SELECT s.body::text FROM records.statement s WHERE" + common + order
                    + " LIMIT :limit OFFSET :offset";
        } else {
            params.put("window", query.limit() + query.offset());
            sql = "SELECT body FROM ((SELECT s.id, s.stored, s.body::text AS body FROM records.statement s WHERE"
                    + common + " AND " + own + order + " LIMIT :window)"
                    + " UNION ALL (SELECT s.id, s.stored, s.body::text FROM records.statement s WHERE" + common
                    + " AND s.ref_target IS NOT NULL AND " + own + " IS NOT TRUE"
                    + " AND EXISTS (" + readableChain(reach) + " SELECT 1 FROM chain t WHERE "
                    + contentFilter(query, params, "t") + ")"
                    + order + " LIMIT :window)) matches" + order + " LIMIT :limit OFFSET :offset";
        }
        return jdbc.sql(sql).params(params).query((rs, n) -> json.readTree(rs.getString(1))).list();
    }

    /**
     * The statements {@code s} targets through StatementRefs, nearest first, as the CTE {@code chain}: followed only
     * into statements within the reader's reach, so a reference to a statement out of reach matches no filter and
     * cannot be used to probe it. The depth bound keeps a (forbidden but possible) cycle from running away.
     */
    private static String readableChain(StatementReach reach) {
        String columns = "t.id, t.verb_id, t.actor_key, t.object_agent_key, t.activity_id, t.registration,"
                + " t.related_agents, t.related_activities, t.ref_target";
        return "WITH RECURSIVE chain AS (SELECT " + columns + ", 1 AS depth FROM records.statement t"
                + " WHERE t.id = s.ref_target AND " + reach.condition("t")
                + " UNION ALL SELECT " + columns + ", c.depth + 1 FROM records.statement t"
                + " JOIN chain c ON t.id = c.ref_target WHERE c.depth < 16 AND " + reach.condition("t") + ")";
    }

    /** The content filters as SQL over the given table alias, or null when the query has none. */
    private static @Nullable String contentFilter(StatementQuery query, Map<String, Object> params, String t) {
        List<String> conditions = new ArrayList<>();
        if (query.verb() != null) {
            conditions.add(t + ".verb_id = :verb");
            params.put("verb", query.verb());
        }
        if (query.activity() != null) {
            conditions.add(query.relatedActivities() ? t + ".related_activities @> ARRAY[:activity]::text[]"
                    : t + ".activity_id = :activity");
            params.put("activity", query.activity());
        }
        if (query.registration() != null) {
            conditions.add(t + ".registration = :registration");
            params.put("registration", query.registration());
        }
        if (query.agentKey() != null) {
            conditions.add(query.relatedAgents() ? t + ".related_agents @> ARRAY[:agent]::text[]"
                    : "(" + t + ".actor_key = :agent OR " + t + ".object_agent_key = :agent)");
            params.put("agent", query.agentKey());
        }
        return conditions.isEmpty() ? null : "(" + String.join(" AND ", conditions) + ")";
    }

    /**
     * The ids among these that are taken, each with its statement when the client may read it and empty when it may
     * not (another tenant's, or archived). Statement ids are unique across the installation, so an id taken out of
     * reach is a conflict whatever the content; its body is not even read, so neither the answer nor its timing
     * can depend on it.
     */
    private Map<UUID, Optional<JsonNode>> existing(Set<UUID> ids, StatementReach reach) {
        Map<UUID, Optional<JsonNode>> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Map<String, Object> params = reach.bind(new HashMap<>());
        params.put("ids", ids);
        jdbc.sql("SELECT i.id, CASE WHEN " + reach.condition("s") + " THEN s.body::text END"
                        + " FROM records.statement_id i"
                        + " LEFT JOIN records.statement s ON s.id = i.id AND s.stored = i.stored WHERE i.id IN (:ids)")
                .params(params)
                .query((rs, n) -> found.put(rs.getObject(1, UUID.class),
                        Optional.ofNullable(rs.getString(2)).map(json::readTree)))
                .list();
        return found;
    }

    /**
     * Marks the target of a voiding statement voided, if the client may read it and the platform did not write it:
     * the platform's own statements record facts its modules keep (and the daily figures count), so they are voided
     * only where those facts change. A target out of reach is treated exactly as an unknown one: the voiding
     * statement is stored and voids nothing.
     */
    private void voidTarget(ObjectNode statement, List<ObjectNode> batch, StatementReach reach) {
        if (!StatementValidator.VOIDED.equals(statement.get("verb").get("id").asString())) {
            return;
        }
        UUID target = UUID.fromString(statement.get("object").get("id").asString());
        Map<String, Object> params = reach.bind(new HashMap<>());
        params.put("target", target);
        params.put("platform", LearningActivityProjection.PLATFORM_CLIENT);
        boolean targetVoids = jdbc.sql("SELECT count(*) FROM records.statement s WHERE s.id = :target"
                        + " AND s.voids IS NOT NULL AND " + reach.condition("s"))
                .params(params).query(Long.class).single() > 0
                || batch.stream().anyMatch(s -> s.get("id").asString().equals(target.toString())
                && StatementValidator.VOIDED.equals(s.get("verb").get("id").asString()));
        if (targetVoids) {
            throw new InvalidStatement("statement.object: a voiding statement cannot be voided");
        }
        jdbc.sql("UPDATE records.statement s SET voided = TRUE WHERE s.id = :target AND s.client_id <> :platform AND "
                        + reach.condition("s"))
                .params(params).update();
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

    /** Writes a batch with two statements whatever its size: each column travels as one array. */
    private void insert(List<ObjectNode> statements, List<@Nullable OrgPath> learnerSchools, IntegrationCaller client,
                        Instant now) {
        if (statements.isEmpty()) {
            return;
        }
        int n = statements.size();
        // Every column as text[], cast in SQL: the driver binds text arrays the same way everywhere.
        String[] ids = new String[n];
        String[] occurred = new String[n];
        String[] verbs = new String[n];
        String[] actors = new String[n];
        String[] objectAgents = new String[n];
        String[] activities = new String[n];
        String[] registrations = new String[n];
        String[] voids = new String[n];
        String[] refTargets = new String[n];
        String[] relatedAgents = new String[n];
        String[] relatedActivities = new String[n];
        String[] bodies = new String[n];
        String[] learnerPaths = new String[n];
        for (int i = 0; i < n; i++) {
            ObjectNode statement = statements.get(i);
            OrgPath learnerSchool = learnerSchools.get(i);
            learnerPaths[i] = learnerSchool == null ? null : learnerSchool.value();
            FilterColumns columns = FilterColumns.of(statement);
            ids[i] = statement.get("id").asString();
            occurred[i] = OffsetDateTime.parse(statement.get("timestamp").asString()).toInstant().toString();
            verbs[i] = columns.verbId();
            actors[i] = columns.actorKey();
            objectAgents[i] = columns.objectAgentKey();
            activities[i] = columns.activityId();
            registrations[i] = text(columns.registration());
            voids[i] = StatementValidator.VOIDED.equals(columns.verbId()) ? text(columns.refTarget()) : null;
            refTargets[i] = text(columns.refTarget());
            relatedAgents[i] = json.writeValueAsString(columns.relatedAgents());
            relatedActivities[i] = json.writeValueAsString(columns.relatedActivities());
            bodies[i] = json.writeValueAsString(statement);
        }
        Timestamp stored = Timestamp.from(now);
        try {
            jdbc.sql("INSERT INTO records.statement_id (id, stored) SELECT unnest(?::text[]::uuid[]), ?")
                    .params(ids, stored)
                    .update();
        } catch (DuplicateKeyException e) {
            // another request stored one of these ids since they were looked up
            throw new StatementConflict();
        }
        jdbc.sql("""
                        INSERT INTO records.statement (id, stored, occurred, client_id, org_path, verb_id, actor_key,
                                                       object_agent_key, activity_id, registration, voids,
                                                       ref_target, related_agents, related_activities, body,
                                                       learner_path)
                        SELECT r.id, ?, r.occurred, ?, ?, r.verb, r.actor, r.object_agent, r.activity,
                               r.registration, r.voids, r.ref_target,
                               ARRAY(SELECT jsonb_array_elements_text(r.agents::jsonb)),
                               ARRAY(SELECT jsonb_array_elements_text(r.activities::jsonb)), r.body::jsonb,
                               r.learner
                        FROM unnest(?::text[]::uuid[], ?::text[]::timestamptz[], ?::text[], ?::text[], ?::text[],
                                    ?::text[], ?::text[]::uuid[], ?::text[]::uuid[], ?::text[]::uuid[], ?::text[],
                                    ?::text[], ?::text[], ?::text[])
                             AS r (id, occurred, verb, actor, object_agent, activity, registration, voids,
                                   ref_target, agents, activities, body, learner)""")
                .params(stored, client.clientId(), client.orgPath().value(), ids, occurred, verbs, actors,
                        objectAgents, activities, registrations, voids, refTargets, relatedAgents, relatedActivities,
                        bodies, learnerPaths)
                .update();
    }

    private static @Nullable String text(@Nullable UUID id) {
        return id == null ? null : id.toString();
    }

    /** The filters of a statement query, already checked. */
    record StatementQuery(@Nullable String verb, @Nullable String activity, @Nullable UUID registration,
                          @Nullable String agentKey, boolean relatedActivities, boolean relatedAgents,
                          @Nullable Instant since, @Nullable Instant until,
                          boolean ascending, int limit, int offset) {
    }
}
