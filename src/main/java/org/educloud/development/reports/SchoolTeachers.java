package org.educloud.development.reports;

import java.util.ArrayList;
import java.util.List;
import org.educloud.identity.AccountStatus;
import org.educloud.identity.AccountView;
import org.educloud.identity.GrantView;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.OrgPath;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * The teachers a report expects an assessment from: every account not disabled with a teacher's grant at a school
 * under the node, read page by page from identity within the caller's administrative scope.
 */
@Component
class SchoolTeachers {

    /** A teacher at one school (a teacher of two schools counts at each). */
    record Teacher(long account, String name, long schoolId) {
    }

    private static final int PAGE = 200;

    private final IdentityManagement identity;

    SchoolTeachers(IdentityManagement identity) {
        this.identity = identity;
    }

    List<Teacher> under(Scope scope, OrgPath node) {
        List<Teacher> teachers = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageSlice<AccountView> slice = identity.search(scope, null, Role.TEACHER, null, page, PAGE);
            for (AccountView account : slice.items()) {
                if (account.status() == AccountStatus.DISABLED) {
                    continue;
                }
                for (GrantView grant : account.grants()) {
                    if (grant.role() == Role.TEACHER && grant.orgId() != null && node.contains(grant.orgPath())) {
                        teachers.add(new Teacher(account.id().value(), account.displayName(), grant.orgId().value()));
                    }
                }
            }
            if (!slice.hasNext()) {
                return teachers;
            }
        }
    }
}
