package org.educloud.records.xapi;

import static org.educloud.records.xapi.XapiTypes.extensions;
import static org.educloud.records.xapi.XapiTypes.fail;
import static org.educloud.records.xapi.XapiTypes.iri;
import static org.educloud.records.xapi.XapiTypes.languageMap;
import static org.educloud.records.xapi.XapiTypes.object;
import static org.educloud.records.xapi.XapiTypes.text;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * An activity and its definition: names and descriptions, type, extensions, and the interaction model (an
 * interaction type is required with its components, and each component list belongs to its types).
 */
final class ActivityDefinitions {

    private static final Set<String> ACTIVITY = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION = Set.of("name", "description", "type", "moreInfo", "extensions",
            "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target", "steps");
    private static final Set<String> INTERACTION_TYPES = Set.of("true-false", "choice", "fill-in", "long-fill-in",
            "matching", "performance", "sequencing", "likert", "numeric", "other");
    private static final Set<String> COMPONENT = Set.of("id", "description");

    private ActivityDefinitions() {
    }

    static void activity(JsonNode node, String path) {
        object(node, path, ACTIVITY);
        if (!node.has("id")) {
            fail(path + ".id", "is required");
        }
        iri(node.get("id"), path + ".id");
        if (!node.has("definition")) {
            return;
        }
        JsonNode definition = node.get("definition");
        String at = path + ".definition";
        object(definition, at, DEFINITION);
        if (definition.has("name")) {
            languageMap(definition.get("name"), at + ".name");
        }
        if (definition.has("description")) {
            languageMap(definition.get("description"), at + ".description");
        }
        if (definition.has("type")) {
            iri(definition.get("type"), at + ".type");
        }
        if (definition.has("moreInfo")) {
            iri(definition.get("moreInfo"), at + ".moreInfo");
        }
        if (definition.has("extensions")) {
            extensions(definition.get("extensions"), at + ".extensions");
        }
        String interaction = definition.has("interactionType")
                ? text(definition.get("interactionType"), at + ".interactionType") : null;
        if (interaction != null && !INTERACTION_TYPES.contains(interaction)) {
            fail(at + ".interactionType", "is not an xAPI interaction type");
        }
        for (String property : List.of("correctResponsesPattern", "choices", "scale", "source", "target", "steps")) {
            if (definition.has(property) && interaction == null) {
                fail(at + ".interactionType", "is required when " + property + " is given");
            }
        }
        if (interaction != null) {
            Map<String, Set<String>> allowed = Map.of("choices", Set.of("choice", "sequencing"),
                    "scale", Set.of("likert"), "source", Set.of("matching"), "target", Set.of("matching"),
                    "steps", Set.of("performance"));
            allowed.forEach((property, types) -> {
                if (definition.has(property) && !types.contains(interaction)) {
                    fail(at + "." + property, "is not used with the interaction type " + interaction);
                }
            });
        }
        if (definition.has("correctResponsesPattern")) {
            JsonNode pattern = definition.get("correctResponsesPattern");
            if (!pattern.isArray()) {
                fail(at + ".correctResponsesPattern", "must be an array of strings");
            }
            pattern.forEach(p -> text(p, at + ".correctResponsesPattern[]"));
        }
        for (String list : new String[] {"choices", "scale", "source", "target", "steps"}) {
            if (definition.has(list)) {
                JsonNode components = definition.get(list);
                if (!components.isArray()) {
                    fail(at + "." + list, "must be an array");
                }
                for (JsonNode component : components) {
                    object(component, at + "." + list + "[]", COMPONENT);
                    if (!component.has("id")) {
                        fail(at + "." + list + "[].id", "is required");
                    }
                    text(component.get("id"), at + "." + list + "[].id");
                    if (component.has("description")) {
                        languageMap(component.get("description"), at + "." + list + "[].description");
                    }
                }
            }
        }
    }
}
