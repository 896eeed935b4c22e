package org.educloud.integration.webhooks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON a receiver gets: one envelope for every kind (id, kind, when, the org node it happened at) around the
 * kind's own data. The text is made once, when the event is queued, and posted byte for byte as signed.
 */
@Component
class Payloads {

    private final JsonMapper json;

    Payloads(JsonMapper json) {
        this.json = json;
    }

    String envelope(UUID eventId, EventKind kind, Instant occurredAt, OrgId nodeId, OrgPath nodePath,
                    Map<String, ?> data) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", nodeId.value());
        node.put("path", nodePath.value());
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", eventId.toString());
        envelope.put("kind", kind.wireName());
        envelope.put("occurredAt", occurredAt.toString());
        envelope.put("node", node);
        envelope.put("data", data);
        return json.writeValueAsString(envelope);
    }

    String ping(UUID eventId, Instant now, WebhookView subscription) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subscription", subscription.id());
        data.put("name", subscription.name());
        return envelope(eventId, EventKind.PING, now, subscription.orgId(), subscription.orgPath(), data);
    }
}
