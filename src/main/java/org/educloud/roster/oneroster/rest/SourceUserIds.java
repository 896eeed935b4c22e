package org.educloud.roster.oneroster.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code userIds} an imported person's source gave ({@code {type:identifier}} pairs), kept as JSON by the
 * import and handed back as 1.2 userId objects.
 */
final class SourceUserIds {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SourceUserIds() {
    }

    static List<Map<String, Object>> parse(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        JsonNode node = JSON.readTree(json);
        node.forEach(id -> out.add(Map.of("type", id.get("type").asString(), "identifier",
                id.get("identifier").asString())));
        return out;
    }
}
