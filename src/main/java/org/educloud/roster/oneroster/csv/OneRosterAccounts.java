package org.educloud.roster.oneroster.csv;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.PendingAccount;
import org.educloud.roster.imports.PgCopy;
import org.educloud.roster.people.PersonAccounts;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives the students and staff a OneRoster import merged an account each where they have none, in chunks: the one
 * step that talks to identity in bulk and must keep the persistence context small, so it stands alone.
 */
@Component
class OneRosterAccounts {

    private static final int ACCOUNT_CHUNK = 1000;
    /** Logged under the writing pass, where the import's other timings are. */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OneRosterWriting.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final IdentityManagement identity;
    private final EntityManager entityManager;
    private final PersonAccounts personAccounts;
    private final OneRosterSourceFacts sourceFacts;

    OneRosterAccounts(JdbcClient jdbc, DataSource dataSource, IdentityManagement identity, EntityManager entityManager,
                      PersonAccounts personAccounts, OneRosterSourceFacts sourceFacts) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.identity = identity;
        this.entityManager = entityManager;
        this.personAccounts = personAccounts;
        this.sourceFacts = sourceFacts;
    }

    /**
     * Maps each sourcedId to its row and gives the rows without an account a new one, waiting for activation,
     * school by school, in chunks, clearing the persistence context so a 100 000-person file stays small.
     */
    Map<String, Long> withAccounts(Scope scope, Role role, String rowsSql, String table, OneRosterSet set) {
        // username: the one the person should have, or null for a generated one (see PersonAccounts)
        record Person(String sourcedId, long id, boolean hasAccount, long schoolId, @Nullable String username,
                      String name, String phone) {
        }
        List<Person> people = jdbc.sql(rowsSql).query((rs, n) -> new Person(rs.getString(1), rs.getLong(2),
                rs.getObject(3) != null, rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7))).list();
        Map<String, Long> ids = new HashMap<>(people.size() * 2);
        Map<Long, List<Person>> newBySchool = new LinkedHashMap<>();
        for (Person p : people) {
            ids.put(p.sourcedId(), p.id());
            if (!p.hasAccount()) {
                newBySchool.computeIfAbsent(p.schoolId(), k -> new ArrayList<>()).add(p);
            }
        }
        if (newBySchool.isEmpty()) {
            return ids;
        }
        Map<String, String> sourceUsernames = sourceFacts.freeUsernames(set,
                newBySchool.values().stream().flatMap(List::stream).map(Person::sourcedId).toList());
        long started = System.nanoTime();
        jdbc.sql("CREATE TEMP TABLE tmp_or_account_" + table + " (id bigint, account_id bigint) ON COMMIT DROP")
                .update();
        long created;
        try (PgCopy copy = PgCopy.into(dataSource, "tmp_or_account_" + table + " (id, account_id)")) {
            for (var entry : newBySchool.entrySet()) {
                List<Person> fresh = entry.getValue();
                for (int from = 0; from < fresh.size(); from += ACCOUNT_CHUNK) {
                    List<Person> chunk = fresh.subList(from, Math.min(from + ACCOUNT_CHUNK, fresh.size()));
                    // The source's username where it is free, else the one EduCloud would give.
                    List<String> usernames = personAccounts.completed(role, chunk.stream()
                            .map(p -> sourceUsernames.getOrDefault(p.sourcedId(), p.username())).toList());
                    List<PendingAccount> pending = new ArrayList<>(chunk.size());
                    for (int i = 0; i < chunk.size(); i++) {
                        pending.add(new PendingAccount(usernames.get(i), chunk.get(i).name(), chunk.get(i).phone()));
                    }
                    Map<String, UserId> accounts = identity.createPending(scope, role, OrgId.of(entry.getKey()),
                            pending);
                    for (int i = 0; i < chunk.size(); i++) {
                        copy.row(chunk.get(i).id(), accounts.get(usernames.get(i)).value());
                    }
                    entityManager.flush();
                    entityManager.clear();
                }
            }
            created = copy.rows();
        }
        jdbc.sql("UPDATE roster." + table + " p SET account_id = t.account_id FROM tmp_or_account_" + table
                + " t WHERE p.id = t.id").update();
        LOG.info("OneRoster import created {} {} accounts in {} ms", created, role, OneRosterWriting.ms(started, System.nanoTime()));
        return ids;
    }
}
