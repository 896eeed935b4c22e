package org.educloud.network.status;

import java.util.List;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Whose org nodes the status pages open: admins' (a bureau's admins see their schools, a school's admins their own
 * school) and operations staff's, within the tree their grants cover; everyone else, and any node outside, is not
 * found. The wall shows schools' names and lines, never people.
 */
@Component
class WallReach {

    private final TenancyManagement tenancy;

    WallReach(TenancyManagement tenancy) {
        this.tenancy = tenancy;
    }

    static boolean covers(Scope scope, OrgPath path) {
        return scope.grants().stream().anyMatch(g -> (g.role().administrative() || g.role() == Role.OPERATIONS_STAFF)
                && g.path().contains(path));
    }

    /** The node the page is about: the one asked for, or the top of the caller's reach. */
    OrgNodeView node(Scope scope, @Nullable Long org) {
        if (org != null) {
            return tenancy.find(OrgId.of(org)).filter(node -> covers(scope, node.path()))
                    .orElseThrow(() -> new NotFoundException("network.status.notFound"));
        }
        return tenancy.roots(scope).stream().filter(node -> covers(scope, node.path())).findFirst()
                .orElseThrow(() -> new NotFoundException("network.status.notFound"));
    }

    OrgNodeView school(Scope scope, long school) {
        return tenancy.find(OrgId.of(school)).filter(node -> node.isSchool() && covers(scope, node.path()))
                .orElseThrow(() -> new NotFoundException("network.status.notFound"));
    }

    /** The nodes the caller may pick between: the tops of their reach and the districts below them. */
    List<OrgNodeView> choices(Scope scope) {
        List<OrgNodeView> roots = tenancy.roots(scope).stream().filter(n -> covers(scope, n.path())).toList();
        java.util.List<OrgNodeView> all = new java.util.ArrayList<>(roots);
        for (OrgNodeView root : roots) {
            if (!root.isSchool()) {
                tenancy.children(scope, root.id()).stream().filter(n -> !n.isSchool()).forEach(all::add);
            }
        }
        return all;
    }

    List<OrgNodeView> schoolsUnder(OrgNodeView node) {
        return node.isSchool() ? List.of(node)
                : tenancy.schoolsUnder(node.path()).stream().filter(OrgNodeView::isActive).toList();
    }
}
