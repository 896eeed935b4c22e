package org.educloud.network.connectivity;

import java.util.List;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgQuery;
import org.educloud.tenancy.OrgStatus;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Component;

/**
 * Who reaches which school's connectivity: the admins of the school and of the bureaus above it read and change it;
 * the district's operations staff read it (it is about the org tree, not its people); anyone else, teachers of the
 * school included, is told it does not exist.
 */
@Component
public class ConnectivityReach {

    private static final int MOST = 200;

    private final TenancyManagement tenancy;

    ConnectivityReach(TenancyManagement tenancy) {
        this.tenancy = tenancy;
    }

    public static boolean reads(Scope scope, OrgPath path) {
        return scope.canAdminister(path) || scope.holds(Role.OPERATIONS_STAFF, path);
    }

    /** A school whose connectivity the caller reads. */
    public OrgNodeView school(Scope scope, OrgId id) {
        OrgNodeView node = tenancy.visible(scope, id);
        if (!node.isSchool() || !reads(scope, node.path())) {
            throw new NotFoundException("network.error.notFound");
        }
        return node;
    }

    /** A school whose connectivity the caller changes: its admins' and its bureaus' admins'. */
    public OrgNodeView editableSchool(Scope scope, OrgId id) {
        OrgNodeView node = tenancy.visible(scope, id);
        if (!node.isSchool() || !scope.canAdminister(node.path())) {
            throw new NotFoundException("network.error.notFound");
        }
        return node;
    }

    /** A region or district the caller administers: what a connectivity import covers. */
    public OrgNodeView administeredBureau(Scope scope, OrgId id) {
        OrgNodeView node = tenancy.visible(scope, id);
        if (node.isSchool() || !scope.canAdminister(node.path())) {
            throw new NotFoundException("network.error.notFound");
        }
        return node;
    }

    /** A region or district whose dashboard the caller reads: administered, or served as operations staff. */
    public OrgNodeView bureau(Scope scope, OrgId id) {
        OrgNodeView node = tenancy.visible(scope, id);
        if (node.isSchool() || !reads(scope, node.path())) {
            throw new NotFoundException("network.error.notFound");
        }
        return node;
    }

    /** Regions, then districts, whose dashboards the caller reads. */
    public List<OrgNodeView> bureaus(Scope scope) {
        return java.util.stream.Stream.of(OrgKind.REGION, OrgKind.DISTRICT)
                .flatMap(kind -> tenancy.search(scope, new OrgQuery(null, kind, null, null, OrgStatus.ACTIVE), 0, MOST)
                        .items().stream())
                .filter(n -> reads(scope, n.path())).toList();
    }

    /** Schools the caller administers themselves, for a school admin arriving without a bureau. */
    public List<OrgNodeView> administeredSchools(Scope scope) {
        return tenancy.search(scope, new OrgQuery(null, OrgKind.SCHOOL, null, null, OrgStatus.ACTIVE), 0, MOST)
                .items().stream().filter(n -> scope.canAdminister(n.path())).toList();
    }
}
