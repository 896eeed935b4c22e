package org.educloud.identity;

import java.util.List;

/**
 * The OAuth 2 scopes an integration client can be granted. They are the OneRoster 1.2 rostering scopes: the
 * identity module issues them; the roster module decides what each one opens.
 */
public final class IntegrationScopes {

    public static final String ROSTER_CORE = "https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly";
    public static final String ROSTER = "https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly";
    public static final String DEMOGRAPHICS =
            "https://purl.imsglobal.org/spec/or/v1p2/scope/roster-demographics.readonly";

    public static final List<String> ALL = List.of(ROSTER_CORE, ROSTER, DEMOGRAPHICS);

    private IntegrationScopes() {
    }
}
