package org.educloud.records.xapi;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * When a statement received is the same as one stored (an idempotent resend) or as the payload of its signature:
 * equal apart from what the LRS itself sets when it stores one, with durations compared to the hundredth of a
 * second (xAPI 2.0 §4.2.7).
 */
final class SameStatement {

    private static final Set<String> SET_BY_LRS = Set.of("stored", "authority", "version");

    private SameStatement() {
    }

    static boolean as(JsonNode stored, ObjectNode received) {
        ObjectNode a = (ObjectNode) stored.deepCopy();
        ObjectNode b = received.deepCopy();
        SET_BY_LRS.forEach(a::remove);
        SET_BY_LRS.forEach(b::remove);
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
}
