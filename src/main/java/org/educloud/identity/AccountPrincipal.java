package org.educloud.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.educloud.shared.UserId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authenticated caller as Spring Security keeps it in the (database-stored) session. It holds no password
 * and no grants: the scope is read fresh on every request, so a revoked grant takes effect at once.
 */
public record AccountPrincipal(UserId id, String username, String displayName, List<String> roles)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public Collection<? extends GrantedAuthority> authorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }

    @Override
    public String toString() {
        return username;
    }
}
