package org.educloud.demo.development;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.identity.AccountView;
import org.educloud.identity.GrantView;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.OrgId;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;

/**
 * Teacher accounts by the school of their teacher grant: the demo's named teachers (teacher.wang, teacher.li, who
 * sign in to show it) first, then the others in username order, so the same ones are picked every start.
 */
final class DemoTeachers {

    private DemoTeachers() {
    }

    static Map<OrgId, List<UserId>> bySchool(IdentityManagement identity, Scope installation) {
        Map<OrgId, List<UserId>> bySchool = new HashMap<>();
        List<AccountView> accounts = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageSlice<AccountView> slice = identity.search(installation, null, Role.TEACHER, null, page, 200);
            accounts.addAll(slice.items());
            if (!slice.hasNext()) {
                break;
            }
        }
        accounts.sort(Comparator.comparing((AccountView a) -> !a.username().startsWith("teacher."))
                .thenComparing(AccountView::username));
        for (AccountView account : accounts) {
            for (GrantView grant : account.grants()) {
                if (grant.role() == Role.TEACHER && grant.orgId() != null) {
                    bySchool.computeIfAbsent(grant.orgId(), k -> new ArrayList<>()).add(account.id());
                }
            }
        }
        return bySchool;
    }
}
