package org.educloud.identity.oidc;

import java.time.Instant;
import java.util.List;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;

/** An OpenID Connect client as the admin pages list it. Public accessors: templates call them. */
public record OidcClientView(String id, String clientId, String name, OrgId orgId, OrgPath orgPath,
                             List<String> redirectUris, List<String> scopes, boolean preApproved,
                             boolean confidential, Instant createdAt, boolean revoked) {
}
