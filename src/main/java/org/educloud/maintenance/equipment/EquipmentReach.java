package org.educloud.maintenance.equipment;

import java.util.LinkedHashSet;
import java.util.Set;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;

/**
 * Who sees and who keeps a school's equipment. Its school's admins and teachers read it, and so do the bureaus above
 * (their admins and their operations staff, who see the org tree but never its people). Admins of the school or a
 * bureau above it and the district's operations staff edit it. Students, parents and vendors see no inventory: a
 * vendor meets a device only through a ticket assigned to it.
 */
final class EquipmentReach {

    private EquipmentReach() {
    }

    /** The org paths under which the caller reads equipment. */
    static Set<OrgPath> readable(Scope scope) {
        Set<OrgPath> paths = new LinkedHashSet<>();
        for (Scope.Grant grant : scope.grants()) {
            Role role = grant.role();
            if (role.administrative() || role == Role.TEACHER || role == Role.OPERATIONS_STAFF) {
                paths.add(grant.path());
            }
        }
        // a path below another adds nothing to the query
        paths.removeIf(p -> paths.stream().anyMatch(other -> !other.equals(p) && other.contains(p)));
        return paths;
    }

    /** The org paths under which the caller records and edits equipment. */
    static Set<OrgPath> editable(Scope scope) {
        Set<OrgPath> paths = new LinkedHashSet<>(scope.adminPaths());
        for (Scope.Grant grant : scope.grants()) {
            if (grant.role() == Role.OPERATIONS_STAFF) {
                paths.add(grant.path());
            }
        }
        paths.removeIf(p -> paths.stream().anyMatch(other -> !other.equals(p) && other.contains(p)));
        return paths;
    }

    static boolean reads(Scope scope, OrgPath school) {
        return readable(scope).stream().anyMatch(p -> p.contains(school));
    }

    static boolean edits(Scope scope, OrgPath school) {
        return scope.canAdminister(school) || scope.holds(Role.OPERATIONS_STAFF, school);
    }
}
