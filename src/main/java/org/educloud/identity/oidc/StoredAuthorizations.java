package org.educloud.identity.oidc;

import java.security.Principal;
import org.educloud.identity.AccountPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Authorizations as the JDBC service stores them (as JSON, through an allow-list of types). The signed-in person is
 * kept as a plain username token with the account id beside it, rather than EduCloud's own principal type: the
 * allow-list need not know it, and every claim is read fresh from the account by its id, never from the stored copy.
 */
final class StoredAuthorizations implements OAuth2AuthorizationService {

    /** The authorization attribute holding the account id (a string: attributes are stored as JSON). */
    static final String ACCOUNT = "educloud.account";

    private final OAuth2AuthorizationService delegate;

    StoredAuthorizations(OAuth2AuthorizationService delegate) {
        this.delegate = delegate;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        Object stored = authorization.getAttribute(Principal.class.getName());
        if (stored instanceof Authentication person && person.getPrincipal() instanceof AccountPrincipal account) {
            Authentication plain = UsernamePasswordAuthenticationToken.authenticated(person.getName(), null,
                    person.getAuthorities().stream().map(g -> new SimpleGrantedAuthority(g.getAuthority())).toList());
            authorization = OAuth2Authorization.from(authorization)
                    .attribute(Principal.class.getName(), plain)
                    .attribute(ACCOUNT, Long.toString(account.id().value()))
                    .build();
        }
        delegate.save(authorization);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        delegate.remove(authorization);
    }

    @Override
    public @Nullable OAuth2Authorization findById(String id) {
        return delegate.findById(id);
    }

    @Override
    public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
        return delegate.findByToken(token, tokenType);
    }
}
