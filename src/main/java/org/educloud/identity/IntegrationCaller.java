package org.educloud.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import org.educloud.shared.OrgPath;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An integration client authenticated by an access token: it acts inside {@code orgPath} with {@code scopes}. */
public record IntegrationCaller(String clientId, String name, OrgPath orgPath, Set<String> scopes)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean holds(String scope) {
        return scopes.contains(scope);
    }

    Collection<? extends GrantedAuthority> authorities() {
        return scopes.stream().map(s -> new SimpleGrantedAuthority("SCOPE_" + s)).toList();
    }

    @Override
    public String toString() {
        return clientId;
    }
}
