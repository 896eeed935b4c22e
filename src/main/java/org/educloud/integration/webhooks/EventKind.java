package org.educloud.integration.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of events a subscription may choose, with the name receivers see in the payload and header. */
public enum EventKind {
    ROSTER_CHANGED("roster.changed"),
    ASSIGNMENT_PUBLISHED("assignment.published"),
    GRADE_RELEASED("grade.released"),
    RESOURCE_PUBLISHED("resource.published"),
    SURVEY_CONFIRMED("survey.confirmed"),
    /** The admin's "send a test event": never subscribed to, sent to one subscription on request. */
    PING("ping");

    private final String wireName;

    EventKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean subscribable() {
        return this != PING;
    }

    public static Optional<EventKind> named(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name) || k.wireName.equals(name)).findFirst();
    }
}
