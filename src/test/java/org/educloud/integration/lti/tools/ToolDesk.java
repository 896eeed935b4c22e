package org.educloud.integration.lti.tools;

import java.util.List;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.support.ModuleTestContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What an admin does on the LTI tool pages, for the integration module's test, whose context has no pages to click
 * through: register a tool on their node and see the tools of their nodes. Nothing calls the tools' addresses.
 */
@Component
@Profile(ModuleTestContext.MODULE_TEST)
public class ToolDesk {

    private final ToolRegistrations registrations;

    ToolDesk(ToolRegistrations registrations) {
        this.registrations = registrations;
    }

    /** Registers a tool listening under {@code base} (login, launch and keys below it). */
    public LtiTool register(Scope admin, OrgId node, String name, String base) {
        return registrations.register(admin, node, new ToolDraft(name, null, base + "/login", base + "/launch", null,
                base + "/launch", base + "/jwks"));
    }

    public List<LtiTool> visibleTo(Scope admin) {
        return registrations.visibleTo(admin);
    }
}
