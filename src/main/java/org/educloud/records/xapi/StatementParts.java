package org.educloud.records.xapi;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The agents, groups, verbs and activities a statement mentions, wherever they sit: actor, authority, verb, object,
 * a sub-statement's own parts and every part of the context. Formats and the related-agent and related-activity
 * filters need the same walk.
 */
final class StatementParts {

    enum Kind { AGENT, VERB, ACTIVITY }

    interface Visitor {
        void visit(Kind kind, JsonNode node);
    }

    private StatementParts() {
    }

    static void each(JsonNode statement, Visitor visitor) {
        agent(statement.path("actor"), visitor);
        agent(statement.path("authority"), visitor);
        if (statement.path("verb").isObject()) {
            visitor.visit(Kind.VERB, statement.get("verb"));
        }
        JsonNode object = statement.path("object");
        switch (object.path("objectType").asString("Activity")) {
            case "Agent", "Group" -> agent(object, visitor);
            case "SubStatement" -> each(object, visitor);
            case "StatementRef" -> { }
            default -> {
                if (object.isObject()) {
                    visitor.visit(Kind.ACTIVITY, object);
                }
            }
        }
        JsonNode context = statement.path("context");
        agent(context.path("instructor"), visitor);
        agent(context.path("team"), visitor);
        for (Map.Entry<String, JsonNode> kind : context.path("contextActivities").properties()) {
            if (kind.getValue().isArray()) {
                kind.getValue().forEach(activity -> visitor.visit(Kind.ACTIVITY, activity));
            } else {
                visitor.visit(Kind.ACTIVITY, kind.getValue());
            }
        }
    }

    private static void agent(JsonNode node, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(Kind.AGENT, node);
        }
    }
}
