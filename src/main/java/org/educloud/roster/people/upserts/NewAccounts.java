package org.educloud.roster.people.upserts;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.PendingAccount;
import org.educloud.roster.people.PersonAccounts;
import org.educloud.roster.imports.PgCopy;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives the students or staff an import merged an account each where they have none, waiting for activation (no
 * password is hashed), school by school, in chunks: the one step that talks to identity in bulk and must keep the
 * persistence context small. Every import's new people get their accounts here.
 */
@Component
public class NewAccounts {

    private static final int ACCOUNT_CHUNK = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(NewAccounts.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final IdentityManagement identity;
    private final EntityManager entityManager;
    private final PersonAccounts personAccounts;

    NewAccounts(JdbcClient jdbc, DataSource dataSource, IdentityManagement identity, EntityManager entityManager,
                PersonAccounts personAccounts) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.identity = identity;
        this.entityManager = entityManager;
        this.personAccounts = personAccounts;
    }

    /**
     * Maps each row key to its person and gives those without an account a new one.
     *
     * @param rowsSql         selects key, person id, account id, school id, the username the person should have (null:
     *                        a generated one, see {@link PersonAccounts}), name and phone
     * @param table           {@code student} or {@code staff}
     * @param sourceUsernames the usernames a source asks for, by key, where they are free (none for the school's files)
     */
    public Map<String, Long> withAccounts(Scope scope, Role role, String rowsSql, String table,
                                         Function<List<String>, Map<String, String>> sourceUsernames) {
        record Person(String key, long id, boolean hasAccount, long schoolId, @Nullable String username,
                      String name, @Nullable String phone) {
        }
        List<Person> people = jdbc.sql(rowsSql).query((rs, n) -> new Person(rs.getString(1), rs.getLong(2),
                rs.getObject(3) != null, rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7))).list();
        Map<String, Long> ids = new HashMap<>(people.size() * 2);
        Map<Long, List<Person>> newBySchool = new LinkedHashMap<>();
        for (Person p : people) {
            ids.put(p.key(), p.id());
            if (!p.hasAccount()) {
                newBySchool.computeIfAbsent(p.schoolId(), k -> new ArrayList<>()).add(p);
            }
        }
        if (newBySchool.isEmpty()) {
            return ids;
        }
        Map<String, String> wanted = sourceUsernames.apply(
                newBySchool.values().stream().flatMap(List::stream).map(Person::key).toList());
        long started = System.nanoTime();
        String accounts = "tmp_new_account_" + table;
        jdbc.sql("CREATE TEMP TABLE IF NOT EXISTS " + accounts + " (id bigint, account_id bigint) ON COMMIT DROP")
                .update();
        jdbc.sql("TRUNCATE " + accounts).update();
        long created;
        try (PgCopy copy = PgCopy.into(dataSource, accounts + " (id, account_id)")) {
            for (var entry : newBySchool.entrySet()) {
                List<Person> fresh = entry.getValue();
                for (int from = 0; from < fresh.size(); from += ACCOUNT_CHUNK) {
                    List<Person> chunk = fresh.subList(from, Math.min(from + ACCOUNT_CHUNK, fresh.size()));
                    // The source's username where it is free, else the one EduCloud would give.
                    List<String> usernames = personAccounts.completed(role, chunk.stream()
                            .map(p -> wanted.getOrDefault(p.key(), p.username())).toList());
                    List<PendingAccount> pending = new ArrayList<>(chunk.size());
                    for (int i = 0; i < chunk.size(); i++) {
                        pending.add(new PendingAccount(usernames.get(i), chunk.get(i).name(), chunk.get(i).phone()));
                    }
                    Map<String, UserId> made = identity.createPending(scope, role, OrgId.of(entry.getKey()), pending);
                    for (int i = 0; i < chunk.size(); i++) {
                        copy.row(chunk.get(i).id(), made.get(usernames.get(i)).value());
                    }
                    entityManager.flush();
                    entityManager.clear();
                }
            }
            created = copy.rows();
        }
        jdbc.sql("UPDATE roster." + table + " p SET account_id = t.account_id FROM " + accounts
                + " t WHERE p.id = t.id").update();
        LOG.info("An import created {} {} accounts in {} ms", created, role, (System.nanoTime() - started) / 1_000_000);
        return ids;
    }
}
