package org.educloud.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import org.educloud.shared.OrgPath;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An integration client authenticated by an access token: it acts inside {@code orgPath} with {@code scopes}. It is
 * never stored in a session (the integration APIs are stateless), so its shape may change between releases.
 */
public record IntegrationCaller(String clientId, String name, OrgPath orgPath, Set<IntegrationScope> scopes)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean holds(IntegrationScope scope) {
        return scopes.contains(scope);
    }

    Collection<? extends GrantedAuthority> authorities() {
        return scopes.stream().map(s -> new SimpleGrantedAuthority("SCOPE_" + s.uri())).toList();
    }

    @Override
    public String toString() {
        return clientId;
    }
}
