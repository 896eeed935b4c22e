package org.educloud.records.xapi;

import java.util.Map;
import org.educloud.identity.IntegrationCaller;
import org.educloud.identity.IntegrationScope;

/**
 * The stored statements a client may read, as a SQL condition: with {@code statements/read} every statement written
 * by a client of its org node or below, or about an EduCloud learner of a school there (ADR 10); otherwise
 * (read/mine, or write only) just the statements it wrote itself. Everything the LRS
 * does to a stored statement on a client's behalf (reading, voiding, following a StatementRef, serving an
 * attachment, answering a reused id) goes through this one condition, so what a client cannot read it can neither
 * change nor probe.
 */
record StatementReach(boolean wholeNode, String nodePattern, String clientId) {

    static StatementReach of(IntegrationCaller client) {
        return new StatementReach(client.holds(IntegrationScope.XAPI_READ), client.orgPath().likePattern(),
                client.clientId());
    }

    /** The condition over the statement table aliased {@code alias}, with named parameters bound by {@link #bind}. */
    String condition(String alias) {
        return wholeNode ? "(" + alias + ".org_path LIKE :reachNode OR " + alias + ".learner_path LIKE :reachNode)"
                : "(" + alias + ".client_id = :reachClient)";
    }

    Map<String, Object> bind(Map<String, Object> params) {
        params.put("reachNode", nodePattern);
        params.put("reachClient", clientId);
        return params;
    }
}
