package org.educloud.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The scopes an integration client can be granted: the OneRoster 1.2 rostering scopes (OAuth 2 tokens) and the
 * xAPI scopes of the learning record store (HTTP Basic with the client's id and secret). Identity issues them;
 * the roster and records modules decide what each one opens. Each travels on the wire (token requests and
 * responses, the stored grant) by its {@link #uri() name}; inside the application it is this type.
 */
public enum IntegrationScope {

    ROSTER_CORE("https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly"),
    ROSTER("https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly"),
    DEMOGRAPHICS("https://purl.imsglobal.org/spec/or/v1p2/scope/roster-demographics.readonly"),

    /** xAPI's own scope names (xAPI 1.0.3 §4.1, OAuth scopes), reused for Basic-authenticated LRS clients. */
    XAPI_WRITE("statements/write"),
    XAPI_READ_MINE("statements/read/mine"),
    XAPI_READ("statements/read"),
    XAPI_STATE("state"),
    XAPI_PROFILE("profile"),

    /**
     * EduCloud's own scope, beside the 1.2 ones: OneRoster users carry full identifiers (a student's 全国学籍号 is "G"
     * and the ID number) only for a client that also holds this one; other clients get them masked. See
     * docs/oneroster-mapping.md.
     */
    FULL_IDENTIFIERS("urn:educloud:scope/roster-identifiers.readonly"),

    /**
     * EduCloud's narrower rostering scope (issue 24): orgs, academic sessions, courses and classes only, no
     * person's data at all, for systems that need the school's structure (timetables, room booking) but not its
     * people. The 1.2 core scope cannot be narrowed: its OpenAPI file puts users and enrollments into it.
     */
    ROSTER_STRUCTURE("urn:educloud:scope/roster-structure.readonly");

    /** Every scope, in the order the registration form offers them (its labels are numbered in this order). */
    public static final List<IntegrationScope> ALL = List.of(values());

    private final String uri;

    IntegrationScope(String uri) {
        this.uri = uri;
    }

    /** The scope's name on the wire. */
    public String uri() {
        return uri;
    }

    /** The scope a wire name stands for; empty for a name EduCloud does not issue. */
    public static Optional<IntegrationScope> named(String uri) {
        return Arrays.stream(values()).filter(s -> s.uri.equals(uri)).findFirst();
    }
}
