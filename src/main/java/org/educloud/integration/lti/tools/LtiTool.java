package org.educloud.integration.lti.tools;

import java.time.Instant;
import java.util.List;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/** A registered tool: where it is registered, what the platform calls it and where the tool listens. */
public record LtiTool(long id, OrgId orgId, OrgPath orgPath, String name, String clientId, String deploymentId,
                      String loginUrl, String launchUrl, @Nullable String deepLinkingUrl, List<String> redirectUris,
                      String jwksUrl, Instant createdAt) {

    public boolean redirectsTo(String uri) {
        return redirectUris.contains(uri);
    }

    /** Whether a teacher of a school at this path may place the tool: it is registered there or above. */
    public boolean reaches(OrgPath school) {
        return orgPath.contains(school);
    }
}
