package org.educloud.equity;

import java.util.ArrayList;
import java.util.List;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgQuery;
import org.educloud.tenancy.OrgStatus;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Component;

/** Where a caller's equity pages start: the districts they report on, or else the schools they survey. */
@Component
public class EquityReach {

    private static final int MOST = 200;

    private final TenancyManagement tenancy;

    EquityReach(TenancyManagement tenancy) {
        this.tenancy = tenancy;
    }

    /** Districts the caller administers (a region admin: every district of the region). */
    public List<OrgNodeView> districts(Scope scope) {
        return administered(scope, OrgKind.DISTRICT);
    }

    /** Regions, then districts, the caller administers: what the digital-equity report covers. */
    public List<OrgNodeView> bureaus(Scope scope) {
        List<OrgNodeView> bureaus = new ArrayList<>(administered(scope, OrgKind.REGION));
        bureaus.addAll(districts(scope));
        return bureaus;
    }

    /** Schools the caller administers, for a school admin's survey. */
    public List<OrgNodeView> schools(Scope scope) {
        return administered(scope, OrgKind.SCHOOL);
    }

    /**
     * A node the caller administers, of one of the given kinds (any kind when none is given); any other id answers
     * not found, so nobody learns what lies outside their reach.
     */
    public OrgNodeView administered(Scope scope, OrgId id, OrgKind... kinds) {
        OrgNodeView node = tenancy.visible(scope, id);
        if (!scope.canAdminister(node.path()) || kinds.length > 0 && !List.of(kinds).contains(node.kind())) {
            throw new NotFoundException("equity.error.notFound");
        }
        return node;
    }

    private List<OrgNodeView> administered(Scope scope, OrgKind kind) {
        return tenancy.search(scope, new OrgQuery(null, kind, null, null, OrgStatus.ACTIVE), 0, MOST).items().stream()
                .filter(n -> scope.canAdminister(n.path())).toList();
    }
}
