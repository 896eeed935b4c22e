package org.educloud.identity.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.identity.secrets.Secrets;
import org.educloud.identity.secrets.ServerKey;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every account whose username carries a phone or ID number a generated one (see {@link LoginNames}) when
 * the application starts. Students' usernames used to be their 全国学籍号, which is "G" and the ID number, so the
 * number showed wherever accounts are listed. The old name stays valid for signing in for {@link #GRACE} (see
 * {@link LoginLookup#findByLogin}); the person is told the new name on their home and account pages and on
 * any activation slip printed for them. Code rather than a migration, because the names are made up the way new
 * accounts' are; safe on several nodes starting at once (rows are taken with SKIP LOCKED) and a no-op once done.
 */
@Component
@Order(1)
public class RetiringLoginNames implements ApplicationRunner {

    /** How long an old username still signs in: about one school term and the holidays after it. */
    static final Duration GRACE = Duration.ofDays(180);
    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(RetiringLoginNames.class);

    private static final String PURPOSE = "retired-login-name";

    private final JdbcClient jdbc;
    private final ServerKey key;
    private final LoginNames names;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RetiringLoginNames(JdbcClient jdbc, ServerKey key, LoginNames names, TransactionTemplate transactions,
                       ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.names = names;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int renamed = retireAll();
        if (renamed > 0) {
            LOG.info("Gave {} accounts a generated username in place of one carrying a phone or ID number; the old "
                    + "names sign in until {}", renamed, LocalDate.ofInstant(clock.instant().plus(GRACE), clock.getZone()));
        }
    }

    /** Returns how many accounts were renamed. Expired old names are forgotten on the way. */
    int retireAll() {
        jdbc.sql("DELETE FROM identity.retired_login_name WHERE expires_at <= now()").update();
        int total = 0;
        int renamed;
        do {
            renamed = renameBatch();
            total += renamed;
        } while (renamed == BATCH);
        return total;
    }

    private record Renamed(long id, String username, OrgPath home, Role role) {
    }

    private int renameBatch() {
        Integer done = transactions.execute(status -> {
            List<Renamed> batch = jdbc.sql("""
                            SELECT a.id, a.username, a.home_org_path,
                                   (SELECT g.role FROM identity.role_grant g WHERE g.account_id = a.id
                                    ORDER BY g.id LIMIT 1) AS role
                            FROM identity.account a WHERE a.username ~ '[0-9]{11}'
                            ORDER BY a.id LIMIT ? FOR UPDATE OF a SKIP LOCKED""")
                    .param(BATCH)
                    .query((rs, n) -> new Renamed(rs.getLong(1), rs.getString(2), new OrgPath(rs.getString(3)),
                            rs.getString(4) == null ? Role.STUDENT : Role.valueOf(rs.getString(4))))
                    .list();
            Map<Role, List<Renamed>> byRole = new LinkedHashMap<>();
            batch.forEach(r -> byRole.computeIfAbsent(r.role(), k -> new ArrayList<>()).add(r));
            Map<Long, String> fresh = new HashMap<>();
            byRole.forEach((role, people) -> {
                List<String> generated = names.fresh(role, people.size());
                for (int i = 0; i < people.size(); i++) {
                    fresh.put(people.get(i).id(), generated.get(i));
                }
            });
            Instant now = clock.instant();
            for (Renamed old : batch) {
                retire(old, fresh.get(old.id()), now);
            }
            return batch.size();
        });
        return done == null ? 0 : done;
    }

    private void retire(Renamed old, String username, Instant now) {
        Timestamp at = Timestamp.from(now);
        // One old name belongs to one account: should it ever come round again, the latest rename wins.
        jdbc.sql("""
                        INSERT INTO identity.retired_login_name (name_hash, account_id, retired_at, expires_at, keyed)
                        VALUES (?, ?, ?, ?, TRUE)
                        ON CONFLICT (name_hash) DO UPDATE SET account_id = EXCLUDED.account_id,
                            retired_at = EXCLUDED.retired_at, expires_at = EXCLUDED.expires_at""")
                .params(keyedHash(old.username()), old.id(), at, Timestamp.from(now.plus(GRACE)))
                .update();
        jdbc.sql("UPDATE identity.account SET username = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(username, at, old.id()).update();
        events.publishEvent(new AuditableActionOccurred(null, "account.renamed", username, old.home(),
                "until " + LocalDate.ofInstant(now.plus(GRACE), clock.getZone())));
    }

    /** Until when each of these accounts' former username still signs in, for those that have one. */
    public Map<UserId, LocalDate> validUntil(Collection<UserId> accounts) {
        Map<UserId, LocalDate> until = new HashMap<>();
        if (accounts.isEmpty()) {
            return until;
        }
        jdbc.sql("""
                        SELECT account_id, max(expires_at) FROM identity.retired_login_name
                        WHERE account_id IN (:ids) AND expires_at > now() GROUP BY account_id""")
                .param("ids", accounts.stream().map(UserId::value).toList())
                .query(rs -> {
                    until.put(new UserId(rs.getLong(1)),
                            LocalDate.ofInstant(rs.getTimestamp(2).toInstant(), clock.getZone()));
                });
        return until;
    }

    /**
     * After a successful login with a retired name kept in the old, unkeyed form: the row is rewritten keyed, now that
     * the name is known. A no-op for every other login.
     */
    void rekeyAfterLogin(String login) {
        jdbc.sql("""
                        WITH old AS (DELETE FROM identity.retired_login_name WHERE name_hash = ? AND NOT keyed
                                     RETURNING account_id, retired_at, expires_at)
                        INSERT INTO identity.retired_login_name (name_hash, account_id, retired_at, expires_at, keyed)
                        SELECT ?, account_id, retired_at, expires_at, TRUE FROM old
                        ON CONFLICT (name_hash) DO NOTHING""")
                .params(legacyHash(login), keyedHash(login))
                .update();
    }

    /**
     * How a retired name is kept and looked up (logins ignore case): an HMAC under the installation's key, since the
     * names are "G" and an ID number, few enough to try them all against a plain hash.
     */
    String keyedHash(String login) {
        return key.sign(PURPOSE, normalised(login));
    }

    /** The unkeyed form rows written before the key existed are kept in, until they expire or are rekeyed. */
    static String legacyHash(String login) {
        return Secrets.sha256(normalised(login));
    }

    private static String normalised(String login) {
        return login.strip().toLowerCase(Locale.ROOT);
    }
}
