package org.educloud.roster.oneroster.csv;

import java.util.Map;
import org.educloud.roster.people.upserts.NewAccounts;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * Gives the students and staff a OneRoster import merged an account each where they have none, through the
 * accounts step every import shares ({@link NewAccounts}); what is OneRoster's own is the username: the source's
 * where it is free.
 */
@Component
class OneRosterAccounts {

    private final NewAccounts accounts;
    private final OneRosterSourceFacts sourceFacts;

    OneRosterAccounts(NewAccounts accounts, OneRosterSourceFacts sourceFacts) {
        this.accounts = accounts;
        this.sourceFacts = sourceFacts;
    }

    /**
     * Maps each sourcedId to its row and gives the rows without an account a new one, waiting for activation,
     * school by school, in chunks, clearing the persistence context so a 100 000-person file stays small.
     */
    Map<String, Long> withAccounts(Scope scope, Role role, String rowsSql, String table, OneRosterRead set) {
        return accounts.withAccounts(scope, role, rowsSql, table, keys -> sourceFacts.freeUsernames(set, keys));
    }
}
