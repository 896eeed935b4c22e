package org.educloud.records.xapi;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.educloud.records.LearningActivity;
import org.educloud.roster.ClassId;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a {@link LearningActivity} reads as an xAPI statement: the person as an account on the platform's home page,
 * the verb and object from the fixed vocabulary with stable IRIs, and the school and class as context extensions.
 */
final class LearningStatements {

    private final JsonMapper json;
    private final String homePage;

    LearningStatements(JsonMapper json, RecordsProperties properties) {
        this.json = json;
        this.homePage = properties.homePage().replaceFirst("/+$", "");
    }

    String extension(String name) {
        return homePage + "/xapi/extensions/" + name;
    }

    ObjectNode statement(LearningActivity activity) {
        ObjectNode statement = json.createObjectNode();
        statement.put("id", activity.id().toString());
        ObjectNode actor = statement.putObject("actor");
        actor.put("objectType", "Agent");
        ObjectNode account = actor.putObject("account");
        account.put("homePage", homePage);
        account.put("name", "person:" + activity.personId());
        ObjectNode verb = statement.putObject("verb");
        verb.put("id", activity.verb().iri());
        verb.putObject("display").put("zh-CN", activity.verb().chinese()).put("en-US", activity.verb().english());
        LearningActivity.LearningObject object = activity.object();
        ObjectNode target = statement.putObject("object");
        target.put("objectType", "Activity");
        target.put("id", homePage + "/activities/" + object.kind().segment() + "/" + object.id());
        ObjectNode definition = target.putObject("definition");
        definition.put("type", object.kind().activityType());
        if (object.interactionType() != null) {
            definition.put("interactionType", object.interactionType());
        }
        ObjectNode name = definition.putObject("name").put("zh-CN", object.nameZh());
        if (object.nameEn() != null) {
            name.put("en-US", object.nameEn());
        }
        if (activity.result() != null) {
            result(statement.putObject("result"), activity.result());
        }
        ObjectNode context = statement.putObject("context");
        if (activity.registration() != null) {
            context.put("registration", activity.registration().toString());
        }
        if (object.courseId() != null) {
            context.putObject("contextActivities").putArray("grouping").addObject()
                    .put("id", homePage + "/activities/courses/" + object.courseId());
        }
        ObjectNode extensions = context.putObject("extensions");
        extensions.put(extension("school"), activity.school().value());
        ClassId classId = activity.classId();
        if (classId != null) {
            extensions.put(extension("class"), classId.value());
        }
        // milliseconds, like the LRS's own "stored": a clock's nanoseconds are noise that some consumers refuse
        statement.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(activity.occurredAt()
                .truncatedTo(ChronoUnit.MILLIS)));
        return statement;
    }

    private static void result(ObjectNode node, LearningActivity.Outcome outcome) {
        if (outcome.scaled() != null || outcome.raw() != null) {
            ObjectNode score = node.putObject("score");
            if (outcome.scaled() != null) {
                score.put("scaled", outcome.scaled());
            }
            if (outcome.raw() != null) {
                score.put("raw", outcome.raw()).put("min", 0);
                if (outcome.max() != null) {
                    score.put("max", outcome.max());
                }
            }
        }
        if (outcome.success() != null) {
            node.put("success", outcome.success());
        }
        if (outcome.completion() != null) {
            node.put("completion", outcome.completion());
        }
        if (outcome.duration() != null) {
            node.put("duration", outcome.duration().toString());
        }
        if (outcome.response() != null) {
            node.put("response", outcome.response());
        }
    }
}
