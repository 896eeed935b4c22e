package org.educloud.roster;

import org.educloud.identity.AccountCreated;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The account a person registered in the roster logs in with: a new one waiting for activation, or one linked. */
@Component
class PersonAccounts {

    /** The account and, when it is new, its one-time activation code. */
    record Account(UserId id, String username, @Nullable String activationCode) {
    }

    private final IdentityManagement identity;

    PersonAccounts(IdentityManagement identity) {
        this.identity = identity;
    }

    Account forPerson(Scope scope, @Nullable UserId existing, String username, String displayName,
                      @Nullable String phone, Role role, OrgNodeView school) {
        if (existing != null) {
            var account = identity.administered(scope, existing);
            return new Account(account.id(), account.username(), null);
        }
        AccountCreated created = identity.create(scope, new NewAccount(username, displayName, phone, null, role,
                school.id().value(), null));
        return new Account(created.account().id(), created.account().username(), created.activationCode());
    }
}
