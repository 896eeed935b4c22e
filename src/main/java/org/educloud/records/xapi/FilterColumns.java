package org.educloud.records.xapi;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** What a stored statement's filter columns hold, taken from the statement itself. */
record FilterColumns(String verbId, String actorKey, @Nullable String objectAgentKey, @Nullable String activityId,
                     @Nullable UUID registration, @Nullable UUID refTarget, String[] relatedAgents,
                     String[] relatedActivities) {

    static FilterColumns of(JsonNode statement) {
        JsonNode object = statement.get("object");
        String type = object.path("objectType").asString("Activity");
        JsonNode registration = statement.path("context").path("registration");
        Set<String> agents = new LinkedHashSet<>();
        Set<String> activities = new LinkedHashSet<>();
        StatementParts.each(statement, (kind, node) -> {
            if (kind == StatementParts.Kind.AGENT) {
                agents.add(agentKey(node));
            } else if (kind == StatementParts.Kind.ACTIVITY) {
                activities.add(node.get("id").asString());
            }
        });
        return new FilterColumns(statement.get("verb").get("id").asString(), agentKey(statement.get("actor")),
                type.equals("Agent") || type.equals("Group") ? agentKey(object) : null,
                type.equals("Activity") ? object.get("id").asString() : null,
                registration.isMissingNode() ? null : UUID.fromString(registration.asString()),
                type.equals("StatementRef") ? UUID.fromString(object.get("id").asString()) : null,
                agents.toArray(String[]::new), activities.toArray(String[]::new));
    }

    /** One key per agent or identified group, from its inverse functional identifier; anonymous groups by content. */
    static String agentKey(JsonNode actor) {
        if (actor.has("mbox")) {
            return "mbox:" + actor.get("mbox").asString().toLowerCase(Locale.ROOT);
        }
        if (actor.has("mbox_sha1sum")) {
            return "sha1:" + actor.get("mbox_sha1sum").asString().toLowerCase(Locale.ROOT);
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
}
