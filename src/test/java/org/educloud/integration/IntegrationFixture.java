package org.educloud.integration;

import org.educloud.integration.lti.tools.LtiFixture;
import org.educloud.integration.webhooks.WebhookFixture;

/**
 * Integration's demo rows for other modules' tests (the every-page walk opens them): the slices' own fixtures make
 * them through the slices' package-private use cases, and this is where other modules reach them, so those fixtures
 * can stay beside the code they drive.
 */
public final class IntegrationFixture {

    private IntegrationFixture() {
    }

    /** A webhook subscription on the demo city's bureau, switched off. */
    public static long demoSubscription() {
        return WebhookFixture.get().demoSubscription();
    }

    /** An LTI tool registered on the demo city's bureau. */
    public static long demoTool() {
        return LtiFixture.get().demoTool();
    }

    /** A lesson item of the demo tool in this demo class (0 for no class). */
    public static long demoLink(long classId) {
        return LtiFixture.get().demoLink(classId);
    }
}
