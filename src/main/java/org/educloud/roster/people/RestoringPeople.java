package org.educloud.roster.people;

import java.util.Collection;
import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People a OneRoster delta removed (kept, marked removed, their accounts disabled) whom the school lists again
 * through the correction form (the student and staff files restore them in their merge, {@code people.upserts}). They are back: no longer answered as
 * tobedeleted, and able to sign in again. A staff member the delta marked as having left works there again.
 * Part of the caller's transaction; people who were never removed are left as they are. Callers flush their staff
 * entities first: an entity maps the employment status set here and would otherwise write the old one back.
 */
@Component
public class RestoringPeople {

    public enum Table {
        STUDENT("roster.student", ""),
        STAFF("roster.staff", ", employment_status = CASE WHEN employment_status = 'LEFT' THEN 'EMPLOYED' "
                + "ELSE employment_status END");

        private final String name;
        private final String alsoSet;

        Table(String name, String alsoSet) {
            this.name = name;
            this.alsoSet = alsoSet;
        }
    }

    private final JdbcClient jdbc;
    private final IdentityManagement identity;

    RestoringPeople(JdbcClient jdbc, IdentityManagement identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    /** Brings back those of these people a delta removed; returns how many there were. */
    public int listedAgain(Scope scope, Table table, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> accounts = jdbc.sql("UPDATE " + table.name + " SET removed_at = NULL" + table.alsoSet
                        + " WHERE id IN (:ids) AND removed_at IS NOT NULL RETURNING account_id")
                .param("ids", ids).query((rs, n) -> rs.getObject(1) == null ? -1L : rs.getLong(1)).list();
        identity.setEnabledByImport(scope, accounts.stream().filter(id -> id >= 0).map(UserId::new).toList(), true);
        return accounts.size();
    }
}
