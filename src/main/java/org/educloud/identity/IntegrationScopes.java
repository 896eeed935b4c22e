package org.educloud.identity;

import java.util.List;

/**
 * The scopes an integration client can be granted: the OneRoster 1.2 rostering scopes (OAuth 2 tokens) and the
 * xAPI scopes of the learning record store (HTTP Basic with the client's id and secret). Identity issues them;
 * the roster and records modules decide what each one opens.
 */
public final class IntegrationScopes {

    public static final String ROSTER_CORE = "https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly";
    public static final String ROSTER = "https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly";
    public static final String DEMOGRAPHICS =
            "https://purl.imsglobal.org/spec/or/v1p2/scope/roster-demographics.readonly";

    /**
     * EduCloud's own scope, beside the 1.2 ones: OneRoster users carry full identifiers (a student's 全国学籍号 is "G"
     * and the ID number) only for a client that also holds this one; other clients get them masked. See
     * docs/oneroster-mapping.md.
     */
    public static final String FULL_IDENTIFIERS = "urn:educloud:scope/roster-identifiers.readonly";

    /**
     * EduCloud's narrower rostering scope (issue 24): orgs, academic sessions, courses and classes only, no
     * person's data at all, for systems that need the school's structure (timetables, room booking) but not its
     * people. The 1.2 core scope cannot be narrowed: its OpenAPI file puts users and enrollments into it.
     */
    public static final String ROSTER_STRUCTURE = "urn:educloud:scope/roster-structure.readonly";

    /** xAPI's own scope names (xAPI 1.0.3 §4.1, OAuth scopes), reused for Basic-authenticated LRS clients. */
    public static final String XAPI_WRITE = "statements/write";
    public static final String XAPI_READ_MINE = "statements/read/mine";
    public static final String XAPI_READ = "statements/read";
    public static final String XAPI_STATE = "state";
    public static final String XAPI_PROFILE = "profile";

    public static final List<String> ALL = List.of(ROSTER_CORE, ROSTER, DEMOGRAPHICS, XAPI_WRITE, XAPI_READ_MINE,
            XAPI_READ, XAPI_STATE, XAPI_PROFILE, FULL_IDENTIFIERS, ROSTER_STRUCTURE);

    private IntegrationScopes() {
    }
}
