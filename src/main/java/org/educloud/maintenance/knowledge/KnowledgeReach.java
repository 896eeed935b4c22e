package org.educloud.maintenance.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;

/**
 * Who reads and who writes the fixes. Everyone who works for the schools reads the articles filed at their own node or
 * a bureau above it (a school's admins and teachers, a district's operations staff and its vendors), and bureau
 * admins also those filed below them. Students and parents read none. A bureau's operations staff and admins write
 * the articles filed at their bureau; a school's admins do not (their school is not where fixes are filed).
 */
record KnowledgeReach(Set<String> filedAt, Set<String> filedBelow) {

    static KnowledgeReach of(Scope scope) {
        Set<String> at = new LinkedHashSet<>();
        Set<String> below = new LinkedHashSet<>();
        for (Scope.Grant grant : scope.grants()) {
            Role role = grant.role();
            if (role == Role.STUDENT || role == Role.PARENT) {
                continue;
            }
            at.addAll(lineage(grant.path()));
            if (role.administrative() || role == Role.OPERATIONS_STAFF) {
                below.add(grant.path().value());
            }
        }
        return new KnowledgeReach(at, below);
    }

    boolean readsAnything() {
        return !filedAt.isEmpty();
    }

    boolean reads(String ownerPath) {
        return filedAt.contains(ownerPath) || filedBelow.stream().anyMatch(ownerPath::startsWith);
    }

    /** Whether the caller writes the articles filed at this bureau. */
    static boolean writes(Scope scope, OrgPath bureau) {
        return scope.holds(Role.OPERATIONS_STAFF, bureau) || scope.canAdminister(bureau);
    }

    /** A path and every path above it. */
    static List<String> lineage(OrgPath path) {
        List<String> lineage = new ArrayList<>();
        StringBuilder prefix = new StringBuilder("/");
        lineage.add(prefix.toString());
        for (OrgId id : path.ids()) {
            prefix.append(id.value()).append('/');
            lineage.add(prefix.toString());
        }
        return lineage;
    }
}
