package org.educloud.identity.oidc;

import java.util.function.Consumer;
import org.educloud.identity.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;

/**
 * The authorization request's checks: Spring's own (the redirect URI exactly as registered, the scopes allowed), then,
 * once someone is logged in, whether this client may sign them in at all. A person of another school is refused
 * before any code or consent, and the refusal is audited: {@link AuthorizationErrors} shows them a page instead of
 * redirecting to the client.
 */
final class ClientNodeValidator implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> {

    /** The error description that marks the refusal, so the error handler can tell it from the client's errors. */
    static final String OUTSIDE_NODE = "educloud:person-outside-client-node";

    private final Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> standard =
            new OAuth2AuthorizationCodeRequestAuthenticationValidator();
    private final OidcClaims claims;
    private final RefusedSignIns refused;

    ClientNodeValidator(OidcClaims claims, RefusedSignIns refused) {
        this.claims = claims;
        this.refused = refused;
    }

    @Override
    public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        standard.accept(context);
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        if (request.getPrincipal() instanceof Authentication person && person.isAuthenticated()
                && person.getPrincipal() instanceof AccountPrincipal account) {
            String client = context.getRegisteredClient().getId();
            OidcClaims.SignIn signIn = claims.signIn(account.id(), client);
            if (signIn.refusal() != null) {
                refused.record(account.id(), signIn, client, RefusedSignIns.Step.AUTHORIZATION);
                throw new OAuth2AuthorizationCodeRequestAuthenticationException(
                        new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED, OUTSIDE_NODE, null), request);
            }
        }
    }
}
