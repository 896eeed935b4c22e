package org.educloud.records.xapi;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The xAPI value types every part of a statement uses: strings, IRIs, UUIDs, timestamps, language maps,
 * extensions, and objects with a fixed set of properties. Each check names the property path it failed at.
 */
final class XapiTypes {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private XapiTypes() {
    }

    static boolean languageTag(String value) {
        return LANGUAGE_TAG.matcher(value).matches();
    }

    static void extensions(JsonNode node, String path) {
        if (!node.isObject()) {
            fail(path, "must be an object");
        }
        for (String key : node.propertyNames()) {
            if (!isIri(key)) {
                fail(path, "keys must be IRIs: " + key);
            }
        }
    }

    static void languageMap(JsonNode node, String path) {
        if (!node.isObject()) {
            fail(path, "must be a language map");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!LANGUAGE_TAG.matcher(entry.getKey()).matches()) {
                fail(path, "keys must be RFC 5646 language tags: " + entry.getKey());
            }
            if (!entry.getValue().isString()) {
                fail(path + "." + entry.getKey(), "must be a string");
            }
        }
    }

    static void timestamp(JsonNode node, String path) {
        String value = text(node, path);
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(value);
            if (value.matches(".*-00(:?00)?")) {
                fail(path, "the offset -00:00 (unknown local time) is not allowed");
            }
            parsed.toInstant();
        } catch (DateTimeParseException e) {
            fail(path, "must be an ISO 8601 date and time with an offset");
        }
    }

    static void uuid(JsonNode node, String path) {
        String value = text(node, path);
        if (!UUID_TEXT.matcher(value).matches()) {
            fail(path, "must be a UUID");
        }
        UUID.fromString(value);
    }

    static void iri(JsonNode node, String path) {
        if (!isIri(text(node, path))) {
            fail(path, "must be an absolute IRI");
        }
    }

    static boolean isIri(String value) {
        try {
            URI uri = new URI(value.replace(" ", "%20"));
            return uri.isAbsolute() && uri.getScheme().matches("[A-Za-z][A-Za-z0-9+.-]*");
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static String text(JsonNode node, String path) {
        if (node == null || !node.isString()) {
            fail(path, "must be a string");
        }
        return node.asString();
    }

    static void object(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            fail(path, "must be an object");
        }
        for (Iterator<String> it = node.propertyNames().iterator(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                fail(path + "." + name, "is not a property xAPI allows here");
            }
        }
    }

    /**
     * Refuses text the store cannot keep as it was sent: NUL (U+0000), which no PostgreSQL text or JSONB value holds,
     * and unpaired surrogates, which are no Unicode characters at all and would come back as "?".
     */
    static void storableText(String value, String path) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                fail(path, "contains a NUL character (U+0000), which this LRS does not store");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                fail(path, "contains an unpaired surrogate (U+%04X), which is not Unicode text".formatted((int) c));
            }
        }
    }

    /** {@link #storableText} for every property name and string of a JSON tree, extensions included. */
    static void storableTree(JsonNode node, String path) {
        if (node.isString()) {
            storableText(node.asString(), path);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String name = printable(property.getKey());
                storableText(property.getKey(), path + "." + name + " (the property name)");
                storableTree(property.getValue(), path + "." + name);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                storableTree(node.get(i), path + "[" + i + "]");
            }
        }
    }

    /** Query parameters (names and values) of any xAPI resource: the same rule as for statements' text. */
    static void storableParameters(Map<String, String> parameters) {
        parameters.forEach((name, value) -> {
            storableText(name, "the parameter " + printable(name));
            storableText(value, printable(name));
        });
    }

    /** A name as it may appear in a message: control characters and lone surrogates escaped. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.chars().forEach(c -> out.append(Character.isISOControl(c) || Character.isSurrogate((char) c)
                ? "\\u%04X".formatted(c) : String.valueOf((char) c)));
        return out.toString();
    }

    static void fail(String path, String message) {
        throw new InvalidStatement(path + ": " + message);
    }
}
