package org.educloud.roster.oneroster.csv;

import java.util.List;
import java.util.Map;
import org.educloud.shared.UserId;

/**
 * What one writing step of a OneRoster import did, returned to the steps after it rather than left in shared
 * state: the EduCloud id each sourcedId became, how many rows it created and changed, and the accounts of people
 * it brought back (a delta had removed them; they sign in again) or, for the deletions, the accounts it removed.
 */
record OneRosterWritten(Map<String, Long> ids, int created, int updated, List<UserId> accounts) {

    OneRosterWritten {
        accounts = List.copyOf(accounts);
    }
}
