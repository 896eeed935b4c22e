package org.educloud.identity.accounts;

import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;

/**
 * Who may grant which role where. Each role belongs on one kind of node; people roles may be granted by any
 * admin of the school, admin roles only from the level above, so no admin can mint a peer of themselves.
 */
final class GrantRules {

    private GrantRules() {
    }

    static @Nullable OrgKind nodeKindFor(Role role) {
        return switch (role) {
            case PLATFORM_OPERATOR -> null;
            case REGION_ADMIN -> OrgKind.REGION;
            case DISTRICT_ADMIN, OPERATIONS_STAFF, VENDOR -> OrgKind.DISTRICT;
            case SCHOOL_ADMIN, TEACHER, STUDENT, PARENT -> OrgKind.SCHOOL;
        };
    }

    static boolean fits(Role role, @Nullable OrgNodeView node) {
        OrgKind kind = nodeKindFor(role);
        return kind == null ? node == null : node != null && node.kind() == kind;
    }

    static boolean mayGrant(Scope granter, Role role, @Nullable OrgNodeView node) {
        if (granter.isOperator()) {
            return true;
        }
        if (node == null) {
            return false;
        }
        if (role.administrative()) {
            return granter.canAdminister(parent(node.path()));
        }
        return granter.canAdminister(node.path());
    }

    private static OrgPath parent(OrgPath path) {
        String value = path.value();
        int cut = value.lastIndexOf('/', value.length() - 2);
        return new OrgPath(value.substring(0, cut + 1));
    }
}
