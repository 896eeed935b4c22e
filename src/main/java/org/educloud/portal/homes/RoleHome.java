package org.educloud.portal.homes;

import java.util.List;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgFigures;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;

/**
 * One role's home page: the role it is shown as, the other roles the person may switch to, the org nodes the
 * role's grants sit on, and (for bureau roles) the figures below them.
 */
public record RoleHome(Role role, List<Role> otherRoles, List<OrgNodeView> places,
                       @Nullable OrgFigures figures) {

    /** Which role a person with several grants sees first: the widest responsibility. */
    static Role primary(Scope scope) {
        for (Role role : Role.values()) {
            if (scope.has(role)) {
                return role;
            }
        }
        throw new IllegalStateException("an account without grants cannot log in");
    }
}
