package org.educloud.records.xapi;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code format} parameter of a statement query. {@code exact} returns statements as stored; {@code ids} keeps
 * only the identifiers of agents, groups, verbs and activities (and the members of anonymous groups);
 * {@code canonical} keeps one language of every verb display and activity name and description, the one the
 * reader's Accept-Language prefers.
 */
final class StatementFormats {

    private static final Set<String> IDENTIFIERS = Set.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final List<String> INTERACTION_COMPONENTS = List.of("choices", "scale", "source", "target", "steps");

    private StatementFormats() {
    }

    static boolean isFormat(String value) {
        return Set.of("exact", "ids", "canonical").contains(value);
    }

    static JsonNode apply(JsonNode statement, String format, List<Locale.LanguageRange> languages) {
        return switch (format) {
            case "ids" -> ids((ObjectNode) statement.deepCopy());
            case "canonical" -> canonical((ObjectNode) statement.deepCopy(), languages);
            default -> statement;
        };
    }

    private static JsonNode ids(ObjectNode statement) {
        StatementParts.each(statement, (kind, node) -> {
            switch (kind) {
                case AGENT -> agentIds((ObjectNode) node);
                case VERB, ACTIVITY -> ((ObjectNode) node).retain("id");
            }
        });
        return statement;
    }

    private static void agentIds(ObjectNode agent) {
        boolean identified = agent.propertyNames().stream().anyMatch(IDENTIFIERS::contains);
        if (identified) {
            agent.retain("objectType", "mbox", "mbox_sha1sum", "openid", "account");
        } else {
            agent.retain("objectType", "member");
            agent.path("member").forEach(member -> agentIds((ObjectNode) member));
        }
    }

    private static JsonNode canonical(ObjectNode statement, List<Locale.LanguageRange> languages) {
        StatementParts.each(statement, (kind, node) -> {
            if (kind == StatementParts.Kind.VERB) {
                oneLanguage(node.path("display"), languages);
            } else if (kind == StatementParts.Kind.ACTIVITY && node.path("definition") instanceof ObjectNode definition) {
                oneLanguage(definition.path("name"), languages);
                oneLanguage(definition.path("description"), languages);
                for (String component : INTERACTION_COMPONENTS) {
                    definition.path(component).forEach(c -> oneLanguage(c.path("description"), languages));
                }
            }
        });
        return statement;
    }

    /** Keeps the entry the reader prefers; without a preference that matches, the first entry. */
    private static void oneLanguage(JsonNode map, List<Locale.LanguageRange> languages) {
        if (!(map instanceof ObjectNode languageMap) || languageMap.size() < 2) {
            return;
        }
        List<Locale> tags = languageMap.propertyNames().stream().map(Locale::forLanguageTag).toList();
        Locale chosen = Locale.lookup(languages, tags);
        String keep = chosen != null
                ? languageMap.propertyNames().stream()
                        .filter(tag -> Locale.forLanguageTag(tag).equals(chosen)).findFirst().orElseThrow()
                : languageMap.propertyNames().iterator().next();
        languageMap.retain(keep);
    }
}
