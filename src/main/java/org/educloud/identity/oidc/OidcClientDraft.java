package org.educloud.identity.oidc;

import java.util.List;
import java.util.Set;
import org.educloud.shared.OrgId;

/**
 * What an admin registers: the node the client belongs to, its redirect URIs (compared exactly), where it may send
 * people after logout, the scopes it may ask for beyond {@code openid}, whether it keeps a secret (a server) or not (a
 * browser or mobile app, PKCE only), and whether a bureau approved it so that nobody is asked for consent.
 */
public record OidcClientDraft(OrgId orgId, String name, List<String> redirectUris, List<String> postLogoutRedirectUris,
                              Set<String> scopes, boolean confidential, boolean preApproved) {
}
