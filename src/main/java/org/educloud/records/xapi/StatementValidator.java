package org.educloud.records.xapi;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

import static org.educloud.records.xapi.XapiTypes.extensions;
import static org.educloud.records.xapi.XapiTypes.fail;
import static org.educloud.records.xapi.XapiTypes.iri;
import static org.educloud.records.xapi.XapiTypes.languageMap;
import static org.educloud.records.xapi.XapiTypes.languageTag;
import static org.educloud.records.xapi.XapiTypes.object;
import static org.educloud.records.xapi.XapiTypes.storableTree;
import static org.educloud.records.xapi.XapiTypes.text;
import static org.educloud.records.xapi.XapiTypes.timestamp;
import static org.educloud.records.xapi.XapiTypes.uuid;

/**
 * Checks a statement against the xAPI data model (1.0.3 and 2.0 share these rules): the properties each object
 * may have, exactly one inverse functional identifier per agent, IRIs, UUIDs, language maps, timestamps,
 * durations and scores. The first violation is reported with the path of the offending property.
 */
final class StatementValidator {

    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private static final Set<String> STATEMENT = Set.of("id", "actor", "verb", "object", "result", "context",
            "timestamp", "stored", "authority", "version", "attachments", "objectType");
    private static final Set<String> SUB_STATEMENT = Set.of("objectType", "actor", "verb", "object", "result",
            "context", "timestamp", "attachments");
    private static final Set<String> AGENT = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> GROUP = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account",
            "member");
    private static final Set<String> ACCOUNT = Set.of("homePage", "name");
    private static final Set<String> VERB = Set.of("id", "display");
    private static final Set<String> STATEMENT_REF = Set.of("objectType", "id");
    private static final Set<String> RESULT = Set.of("score", "success", "completion", "response", "duration",
            "extensions");
    private static final Set<String> SCORE = Set.of("scaled", "raw", "min", "max");
    private static final Set<String> CONTEXT = Set.of("registration", "instructor", "team", "contextActivities",
            "revision", "platform", "language", "statement", "extensions", "contextAgents", "contextGroups");
    private static final Set<String> CONTEXT_ACTIVITIES = Set.of("parent", "grouping", "category", "other");
    private static final Set<String> ATTACHMENT = Set.of("usageType", "display", "description", "contentType",
            "length", "sha2", "fileUrl");
    private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");
    /** ISO 8601 durations: weeks stand alone (PnW); otherwise years to seconds, fractions on seconds only. */
    private static final Pattern DURATION = Pattern.compile("P\\d+W|"
            + "P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");

    private StatementValidator() {
    }

    static void statement(JsonNode statement) {
        storableTree(statement, "statement");
        object(statement, "statement", STATEMENT);
        if (statement.has("objectType")) {
            fail("statement.objectType", "a statement has no objectType");
        }
        if (statement.has("id")) {
            uuid(statement.get("id"), "statement.id");
        }
        body(statement, "statement");
        if (statement.has("stored")) {
            timestamp(statement.get("stored"), "statement.stored");
        }
        if (statement.has("authority")) {
            JsonNode authority = statement.get("authority");
            actor(authority, "statement.authority");
            if ("Group".equals(authority.path("objectType").asString(""))) {
                // An OAuth authority: the consumer and the user, as an anonymous group of exactly two agents.
                if (!authority.has("member") || authority.get("member").size() != 2) {
                    fail("statement.authority", "a group authority consists of exactly two agents");
                }
                if (identifiers(authority, "statement.authority") > 0) {
                    fail("statement.authority", "a group authority is anonymous");
                }
            }
        }
        if (statement.has("version")) {
            String version = text(statement.get("version"), "statement.version");
            if (!version.matches("(1\\.0|2\\.0)(\\.\\d+)?")) {
                fail("statement.version", "must be a 1.0.x or 2.0.x version");
            }
        }
        JsonNode verb = statement.get("verb");
        if (VOIDED.equals(verb.get("id").asString())) {
            JsonNode target = statement.get("object");
            if (!target.has("objectType") || !"StatementRef".equals(target.get("objectType").asString())) {
                fail("statement.object", "a voiding statement's object must be a StatementRef");
            }
        }
    }

    /** What a statement and a sub-statement share: actor, verb, object, result, context, timestamp, attachments. */
    private static void body(JsonNode node, String path) {
        for (String required : new String[] {"actor", "verb", "object"}) {
            if (!node.has(required)) {
                fail(path + "." + required, "is required");
            }
        }
        actor(node.get("actor"), path + ".actor");
        verb(node.get("verb"), path + ".verb");
        statementObject(node.get("object"), path + ".object", path.equals("statement"));
        if (node.has("result")) {
            result(node.get("result"), path + ".result");
        }
        if (node.has("context")) {
            context(node.get("context"), path + ".context", node.get("object"));
        }
        if (node.has("timestamp")) {
            timestamp(node.get("timestamp"), path + ".timestamp");
        }
        if (node.has("attachments")) {
            JsonNode attachments = node.get("attachments");
            if (!attachments.isArray()) {
                fail(path + ".attachments", "must be an array");
            }
            int i = 0;
            for (JsonNode attachment : attachments) {
                attachment(attachment, path + ".attachments[" + i++ + "]");
            }
        }
    }

    /** An {@code agent} query parameter: an Agent with exactly one identifier (or an identified Group). */
    static void agentParameter(JsonNode node) {
        storableTree(node, "agent");
        actor(node, "agent");
    }

    private static void actor(JsonNode node, String path) {
        object(node, path, GROUP);
        String type = node.has("objectType") ? text(node.get("objectType"), path + ".objectType") : "Agent";
        if (type.equals("Agent")) {
            agent(node, path);
        } else if (type.equals("Group")) {
            group(node, path);
        } else {
            fail(path + ".objectType", "must be Agent or Group");
        }
    }

    private static void agent(JsonNode node, String path) {
        object(node, path, AGENT);
        if (node.has("objectType") && !"Agent".equals(node.get("objectType").asString())) {
            fail(path + ".objectType", "must be Agent");
        }
        if (identifiers(node, path) != 1) {
            fail(path, "an agent needs exactly one of mbox, mbox_sha1sum, openid, account");
        }
        if (node.has("name")) {
            text(node.get("name"), path + ".name");
        }
    }

    private static void group(JsonNode node, String path) {
        object(node, path, GROUP);
        int identifiers = identifiers(node, path);
        if (identifiers > 1) {
            fail(path, "a group has at most one of mbox, mbox_sha1sum, openid, account");
        }
        if (node.has("member")) {
            JsonNode members = node.get("member");
            if (!members.isArray()) {
                fail(path + ".member", "must be an array");
            }
            int i = 0;
            for (JsonNode member : members) {
                agent(member, path + ".member[" + i++ + "]");
            }
        } else if (identifiers == 0) {
            fail(path + ".member", "an anonymous group must list its members");
        }
        if (node.has("name")) {
            text(node.get("name"), path + ".name");
        }
    }

    private static int identifiers(JsonNode node, String path) {
        int count = 0;
        if (node.has("mbox")) {
            count++;
            if (!text(node.get("mbox"), path + ".mbox").matches("mailto:[^@\\s:/]+@[^@\\s/]+")) {
                fail(path + ".mbox", "must be a mailto: IRI with an email address");
            }
        }
        if (node.has("mbox_sha1sum")) {
            count++;
            if (!SHA1.matcher(text(node.get("mbox_sha1sum"), path + ".mbox_sha1sum")).matches()) {
                fail(path + ".mbox_sha1sum", "must be a SHA-1 hex digest");
            }
        }
        if (node.has("openid")) {
            count++;
            iri(node.get("openid"), path + ".openid");
        }
        if (node.has("account")) {
            count++;
            JsonNode account = node.get("account");
            object(account, path + ".account", ACCOUNT);
            if (!account.has("homePage") || !account.has("name")) {
                fail(path + ".account", "needs homePage and name");
            }
            iri(account.get("homePage"), path + ".account.homePage");
            text(account.get("name"), path + ".account.name");
        }
        return count;
    }

    private static void verb(JsonNode node, String path) {
        object(node, path, VERB);
        if (!node.has("id")) {
            fail(path + ".id", "is required");
        }
        iri(node.get("id"), path + ".id");
        if (node.has("display")) {
            languageMap(node.get("display"), path + ".display");
        }
    }

    private static void statementObject(JsonNode node, String path, boolean topLevel) {
        if (!node.isObject()) {
            fail(path, "must be an object");
        }
        String type = node.has("objectType") ? text(node.get("objectType"), path + ".objectType") : "Activity";
        switch (type) {
            case "Activity" -> ActivityDefinitions.activity(node, path);
            case "Agent" -> agent(node, path);
            case "Group" -> group(node, path);
            case "StatementRef" -> {
                object(node, path, STATEMENT_REF);
                if (!node.has("id")) {
                    fail(path + ".id", "is required");
                }
                uuid(node.get("id"), path + ".id");
            }
            case "SubStatement" -> {
                if (!topLevel) {
                    fail(path, "a sub-statement cannot contain another sub-statement");
                }
                object(node, path, SUB_STATEMENT);
                body(node, path);
            }
            default -> fail(path + ".objectType", "must be Activity, Agent, Group, StatementRef or SubStatement");
        }
    }

    private static void result(JsonNode node, String path) {
        object(node, path, RESULT);
        if (node.has("score")) {
            JsonNode score = node.get("score");
            object(score, path + ".score", SCORE);
            for (String field : SCORE) {
                if (score.has(field) && !score.get(field).isNumber()) {
                    fail(path + ".score." + field, "must be a number");
                }
            }
            if (score.has("scaled") && Math.abs(score.get("scaled").asDouble()) > 1) {
                fail(path + ".score.scaled", "must lie between -1 and 1");
            }
            double min = score.has("min") ? score.get("min").asDouble() : Double.NEGATIVE_INFINITY;
            double max = score.has("max") ? score.get("max").asDouble() : Double.POSITIVE_INFINITY;
            if (min > max || score.has("raw") && (score.get("raw").asDouble() < min || score.get("raw").asDouble() > max)) {
                fail(path + ".score", "needs min ≤ raw ≤ max");
            }
        }
        for (String flag : new String[] {"success", "completion"}) {
            if (node.has(flag) && !node.get(flag).isBoolean()) {
                fail(path + "." + flag, "must be true or false");
            }
        }
        if (node.has("response")) {
            text(node.get("response"), path + ".response");
        }
        if (node.has("duration") && !DURATION.matcher(text(node.get("duration"), path + ".duration")).matches()) {
            fail(path + ".duration", "must be an ISO 8601 duration such as PT1H30M");
        }
        if (node.has("extensions")) {
            extensions(node.get("extensions"), path + ".extensions");
        }
    }

    private static void context(JsonNode node, String path, JsonNode statementObject) {
        object(node, path, CONTEXT);
        if (node.has("registration")) {
            uuid(node.get("registration"), path + ".registration");
        }
        if (node.has("instructor")) {
            actor(node.get("instructor"), path + ".instructor");
        }
        if (node.has("team")) {
            if (!"Group".equals(node.get("team").path("objectType").asString(""))) {
                fail(path + ".team", "must be a Group");
            }
            group(node.get("team"), path + ".team");
        }
        if (node.has("contextAgents")) {
            contextRelations(node.get("contextAgents"), path + ".contextAgents", "contextAgent", "agent");
        }
        if (node.has("contextGroups")) {
            contextRelations(node.get("contextGroups"), path + ".contextGroups", "contextGroup", "group");
        }
        boolean activity = !statementObject.has("objectType")
                || "Activity".equals(statementObject.get("objectType").asString());
        for (String field : new String[] {"revision", "platform"}) {
            if (node.has(field)) {
                text(node.get(field), path + "." + field);
                if (!activity) {
                    fail(path + "." + field, "is only allowed when the object is an activity");
                }
            }
        }
        if (node.has("language") && !languageTag(text(node.get("language"), path + ".language"))) {
            fail(path + ".language", "must be an RFC 5646 language tag");
        }
        if (node.has("statement")) {
            statementObject(node.get("statement"), path + ".statement", false);
            if (!"StatementRef".equals(node.get("statement").path("objectType").asString(""))) {
                fail(path + ".statement", "must be a StatementRef");
            }
        }
        if (node.has("contextActivities")) {
            JsonNode activities = node.get("contextActivities");
            object(activities, path + ".contextActivities", CONTEXT_ACTIVITIES);
            for (Map.Entry<String, JsonNode> entry : activities.properties()) {
                String at = path + ".contextActivities." + entry.getKey();
                if (entry.getValue().isArray()) {
                    entry.getValue().forEach(a -> ActivityDefinitions.activity(a, at + "[]"));
                } else {
                    ActivityDefinitions.activity(entry.getValue(), at);
                }
            }
        }
        if (node.has("extensions")) {
            extensions(node.get("extensions"), path + ".extensions");
        }
    }

    /** xAPI 2.0: context agents and groups, each with the relevant types of their part in the experience. */
    private static void contextRelations(JsonNode node, String path, String objectType, String member) {
        if (!node.isArray()) {
            fail(path, "must be an array");
        }
        int i = 0;
        for (JsonNode relation : node) {
            String at = path + "[" + i++ + "]";
            object(relation, at, Set.of("objectType", member, "relevantTypes"));
            if (!objectType.equals(relation.path("objectType").asString(""))) {
                fail(at + ".objectType", "must be " + objectType);
            }
            if (!relation.has(member)) {
                fail(at + "." + member, "is required");
            }
            if (member.equals("agent")) {
                agent(relation.get(member), at + ".agent");
            } else {
                if (!"Group".equals(relation.get(member).path("objectType").asString(""))) {
                    fail(at + ".group", "must be a Group");
                }
                group(relation.get(member), at + ".group");
            }
            if (relation.has("relevantTypes")) {
                JsonNode types = relation.get("relevantTypes");
                if (!types.isArray() || types.isEmpty()) {
                    fail(at + ".relevantTypes", "must be a non-empty array of IRIs");
                }
                types.forEach(t -> iri(t, at + ".relevantTypes[]"));
            }
        }
    }

    private static void attachment(JsonNode node, String path) {
        object(node, path, ATTACHMENT);
        for (String required : new String[] {"usageType", "display", "contentType", "length", "sha2"}) {
            if (!node.has(required)) {
                fail(path + "." + required, "is required");
            }
        }
        iri(node.get("usageType"), path + ".usageType");
        languageMap(node.get("display"), path + ".display");
        if (node.has("description")) {
            languageMap(node.get("description"), path + ".description");
        }
        text(node.get("contentType"), path + ".contentType");
        if (!node.get("length").isIntegralNumber()) {
            fail(path + ".length", "must be a whole number");
        }
        text(node.get("sha2"), path + ".sha2");
        if (node.has("fileUrl")) {
            iri(node.get("fileUrl"), path + ".fileUrl");
        }
    }
}
