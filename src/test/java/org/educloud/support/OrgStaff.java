package org.educloud.support;

import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;

/**
 * Accounts of the staff of a bureau or a school for module tests that start from an empty database: one new account
 * holding the role on the node, registered through identity's API as an operator, and the {@link Scope} it resolves to.
 */
public final class OrgStaff {

    private OrgStaff() {
    }

    /** A new account with the role on the node (username: the role and the node's id, so one per role and node). */
    public static Scope of(IdentityManagement identity, OrgNodeView node, Role role) {
        String username = role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.') + node.id().value();
        return identity.scopeOf(identity.create(Scope.installation(), new NewAccount(username,
                node.name() + role.name(), null, null, role, node.id().value(), SchoolInTerm.PASSWORD), false)
                .account().id());
    }
}
