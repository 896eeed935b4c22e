package org.educloud.network.incidents;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.educloud.identity.AccountStatus;
import org.educloud.identity.AccountView;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * Who hears of a school's line: the school's own admins (a grant on the school) and the operations staff of its
 * district (a grant on a bureau above it). Found through identity's account search, run as the district's admin
 * would run it, and filtered to those exact grants.
 */
@Component
class IncidentRecipients {

    private static final int PAGE = 200;
    private static final int MAX_PAGES = 10;

    private final IdentityManagement identity;

    IncidentRecipients(IdentityManagement identity) {
        this.identity = identity;
    }

    Set<UserId> of(OrgId school, OrgPath schoolPath) {
        List<OrgId> lineage = schoolPath.ids();
        OrgPath district = lineage.size() > 1 ? pathOf(lineage.subList(0, lineage.size() - 1)) : schoolPath;
        Scope asDistrict = new Scope(new UserId(0), List.of(new Scope.Grant(Role.DISTRICT_ADMIN, district)));
        Set<UserId> recipients = new LinkedHashSet<>();
        holders(asDistrict, Role.SCHOOL_ADMIN, grant -> school.equals(grant.orgId()), recipients);
        holders(asDistrict, Role.OPERATIONS_STAFF, grant -> grant.orgPath().contains(schoolPath), recipients);
        return recipients;
    }

    private void holders(Scope scope, Role role, java.util.function.Predicate<org.educloud.identity.GrantView> on,
                         Set<UserId> into) {
        for (int page = 0; page < MAX_PAGES; page++) {
            PageSlice<AccountView> found = identity.search(scope, null, role, AccountStatus.ACTIVE, page, PAGE);
            for (AccountView account : found.items()) {
                if (account.grants().stream().anyMatch(g -> g.role() == role && on.test(g))) {
                    into.add(account.id());
                }
            }
            if (found.items().size() < PAGE) {
                return;
            }
        }
    }

    private static OrgPath pathOf(List<OrgId> ids) {
        StringBuilder path = new StringBuilder("/");
        ids.forEach(id -> path.append(id.value()).append('/'));
        return new OrgPath(path.toString());
    }
}
