package org.educloud.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.educloud.shared.Role;
import org.educloud.shared.UserId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authenticated caller as Spring Security keeps it in the (database-stored) session. It holds no password
 * and no grants: the scope is read fresh on every request, so a revoked grant takes effect at once.
 *
 * <p>Sessions are stored with Java serialization, and a record is read back through its canonical constructor.
 * Sessions stored before the roles were typed hold the role names as strings in the same {@code roles} field (the
 * list's element type is erased in the stream), so the constructor accepts both: a name is turned into its
 * {@link Role}, and a name no longer known is dropped (the caller keeps fewer rights, never a 500). The
 * {@code serialVersionUID} therefore stays 1.
 */
public record AccountPrincipal(UserId id, String username, String displayName, List<Role> roles)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public AccountPrincipal {
        // Read as plain objects: in an old session the elements are strings, and a typed stream would cast them.
        List<Role> typed = new ArrayList<>();
        for (Object stored : (List<?>) roles) {
            typedRole(stored).filter(role -> !typed.contains(role)).ifPresent(typed::add);
        }
        roles = List.copyOf(typed);
    }

    public Collection<? extends GrantedAuthority> authorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    /** A role as read from the session: a {@link Role}, or a role's name in sessions stored before roles were typed. */
    private static Optional<Role> typedRole(Object stored) {
        if (stored instanceof Role role) {
            return Optional.of(role);
        }
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(stored)).findFirst();
    }

    @Override
    public String toString() {
        return username;
    }
}
