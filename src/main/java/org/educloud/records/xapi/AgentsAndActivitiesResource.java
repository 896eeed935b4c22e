package org.educloud.records.xapi;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.educloud.identity.IntegrationCaller;
import org.educloud.identity.IntegrationScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Agents resource (a Person object for an agent) and the Activities resource (an activity's definition as
 * the statements in the client's reach describe it, language maps merged across them).
 */
@RestController
class AgentsAndActivitiesResource {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AgentsAndActivitiesResource(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** EduCloud keeps one identifier per agent, so the Person is built from the agent itself. */
    @GetMapping("/xapi/agents")
    ObjectNode agent(@AuthenticationPrincipal IntegrationCaller client, @RequestParam(required = false) @Nullable String agent) {
        readScope(client);
        if (agent == null) {
            throw new InvalidStatement("agent: is required");
        }
        JsonNode node = parse(agent, "agent");
        StatementValidator.agentParameter(node);
        ObjectNode person = json.createObjectNode();
        person.put("objectType", "Person");
        for (String field : List.of("name", "mbox", "mbox_sha1sum", "openid", "account")) {
            if (node.has(field)) {
                person.putArray(field).add(node.get(field));
            }
        }
        return person;
    }

    @GetMapping("/xapi/activities")
    ObjectNode activity(@AuthenticationPrincipal IntegrationCaller client,
                        @RequestParam(required = false) @Nullable String activityId) {
        readScope(client);
        if (activityId != null) {
            XapiTypes.storableText(activityId, "activityId");
        }
        if (activityId == null || !absolute(activityId)) {
            throw new InvalidStatement("activityId: must be an absolute IRI");
        }
        ObjectNode activity = json.createObjectNode();
        activity.put("objectType", "Activity");
        activity.put("id", activityId);
        List<String> definitions = jdbc.sql("""
                        SELECT body -> 'object' -> 'definition' FROM records.statement
                        WHERE activity_id = ? AND org_path LIKE ? AND body -> 'object' -> 'definition' IS NOT NULL
                        ORDER BY stored""")
                .params(activityId, client.orgPath().likePattern()).query(String.class).list();
        if (definitions.isEmpty()) {
            return activity;
        }
        ObjectNode merged = json.createObjectNode();
        for (String text : definitions) {
            JsonNode definition = parse(text, "definition");
            for (Map.Entry<String, JsonNode> entry : definition.properties()) {
                JsonNode known = merged.get(entry.getKey());
                if (known instanceof ObjectNode map && entry.getValue().isObject()
                        && (entry.getKey().equals("name") || entry.getKey().equals("description"))) {
                    // Language maps grow: a later statement adds languages, and updates the ones it repeats.
                    entry.getValue().properties().forEach(e -> map.set(e.getKey(), e.getValue()));
                } else {
                    merged.set(entry.getKey(), entry.getValue().deepCopy());
                }
            }
        }
        activity.set("definition", merged);
        return activity;
    }

    private static void readScope(IntegrationCaller client) {
        if (!client.holds(IntegrationScope.XAPI_READ) && !client.holds(IntegrationScope.XAPI_READ_MINE)
                && !client.holds(IntegrationScope.XAPI_STATE) && !client.holds(IntegrationScope.XAPI_PROFILE)) {
            throw new AccessDeniedException("statements/read");
        }
    }

    private JsonNode parse(String text, String what) {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidStatement(what + ": must be JSON");
        }
    }

    private static boolean absolute(String value) {
        try {
            return new URI(value.replace(" ", "%20")).isAbsolute();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
