package org.educloud.identity.recovery;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.educloud.identity.AccountStatus;
import org.educloud.identity.RecoveryCodeSender;
import org.educloud.identity.RecoveryCodeSender.ContactKind;
import org.educloud.identity.accounts.Account;
import org.educloud.identity.accounts.IdentityProperties;
import org.educloud.identity.accounts.LoginLookup;
import org.educloud.identity.passwords.PasswordPolicy;
import org.educloud.identity.secrets.Secrets;
import org.educloud.identity.sessions.LoginThrottle;
import org.educloud.identity.tokens.EndingAllTokens;
import org.educloud.shared.AuditableActionOccurred;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password". Asking for a code answers the same whatever the login names (an account or not, reachable or
 * not, throttled or not), so the form cannot be used to find out who has an account; the code goes out in the
 * background, and the request is held to a common minimum time. Setting the new password with the code counts
 * wrong codes against the account as wrong passwords do, and burns a code after a few wrong guesses.
 */
@Service
@Transactional
public class RecoveringPasswords {

    static final Duration CODE_VALIDITY = Duration.ofMinutes(10);
    static final Duration WINDOW = Duration.ofHours(1);
    /** Codes one account may be sent per hour: enough for a lost message, too few to flood a phone. */
    static final int CODES_PER_ACCOUNT = 3;
    /** Code requests one address may make per hour (a school behind one address has many forgetful people). */
    static final int REQUESTS_PER_ADDRESS = 30;
    static final int WRONG_GUESSES_PER_CODE = 5;
    /** Every request takes at least this long, so sending (or not) cannot be told apart by timing. */
    static final Duration MINIMUM_TIME = Duration.ofMillis(300);

    /** How asking for a code went, as far as the asker may know. */
    public enum Asked { SENT_IF_REACHABLE, TOO_MANY_FROM_ADDRESS }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LoginLookup logins;
    private final List<RecoveryCodeSender> senders;
    private final LoginThrottle throttle;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final EndingAllTokens tokens;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    RecoveringPasswords(LoginLookup logins, List<RecoveryCodeSender> senders, LoginThrottle throttle,
                        PasswordPolicy policy, PasswordEncoder encoder, EndingAllTokens tokens,
                        IdentityProperties properties, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.logins = logins;
        this.senders = List.copyOf(senders);
        this.throttle = throttle;
        this.policy = policy;
        this.encoder = encoder;
        this.tokens = tokens;
        this.properties = properties;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether any channel can carry codes at all; if not, the page sends people to their school instead. */
    @Transactional(readOnly = true)
    public boolean available() {
        return senders.stream().anyMatch(s -> s.reaches(ContactKind.PHONE) || s.reaches(ContactKind.EMAIL));
    }

    public Asked ask(String login, @Nullable String address) {
        long started = System.nanoTime();
        try {
            if (throttle.attempt("recover-address:" + address, REQUESTS_PER_ADDRESS, WINDOW, WINDOW)
                    .refusedFor().isPresent()) {
                return Asked.TOO_MANY_FROM_ADDRESS;
            }
            String code = code();
            String hash = Secrets.sha256(code);
            Optional<Account> found = logins.findByLogin(login.strip())
                    .filter(a -> a.status() == AccountStatus.ACTIVE);
            if (found.isEmpty()) {
                return Asked.SENT_IF_REACHABLE;
            }
            Account account = found.get();
            Optional<Route> route = route(account);
            if (route.isEmpty() || throttle.attempt("recover:" + account.id().value(), CODES_PER_ACCOUNT, WINDOW,
                    WINDOW).refusedFor().isPresent()) {
                return Asked.SENT_IF_REACHABLE;
            }
            Instant now = clock.instant();
            jdbc.sql("UPDATE identity.recovery_code SET used_at = ? WHERE account_id = ? AND used_at IS NULL")
                    .params(Timestamp.from(now), account.id().value()).update();
            jdbc.sql("INSERT INTO identity.recovery_code (account_id, code_hash, channel, created_at, expires_at) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(account.id().value(), hash, route.get().kind().name(), Timestamp.from(now),
                            Timestamp.from(now.plus(CODE_VALIDITY)))
                    .update();
            route.get().sender().send(route.get().kind(), route.get().address(), code, CODE_VALIDITY);
            events.publishEvent(new AuditableActionOccurred(account.id(), "password.recoveryRequested",
                    account.username(), account.homeOrgPath(), route.get().kind().name()));
            return Asked.SENT_IF_REACHABLE;
        } finally {
            holdUntil(started);
        }
    }

    /**
     * Sets a new password with a code. Answers message keys: empty when done. A wrong code and an unknown login
     * get the same answer; the account's code attempts lock as wrong passwords do.
     */
    public List<String> reset(String login, String code, String password) {
        Optional<Account> found = logins.findByLogin(login.strip()).filter(a -> a.status() == AccountStatus.ACTIVE);
        String key = "recover-code:" + found.map(a -> String.valueOf(a.id().value())).orElse(login.strip());
        if (throttle.attempt(key, properties.maxAccountFailures(), properties.accountLock(), WINDOW)
                .refusedFor().isPresent()) {
            return List.of("identity.recovery.locked");
        }
        if (found.isEmpty()) {
            return List.of("identity.recovery.invalid");
        }
        Account account = found.get();
        Instant now = clock.instant();
        Optional<long[]> current = jdbc.sql("""
                        SELECT id, CASE WHEN code_hash = ? THEN 1 ELSE 0 END FROM identity.recovery_code
                        WHERE account_id = ? AND used_at IS NULL AND expires_at > ? AND wrong_guesses < ?
                        ORDER BY created_at DESC LIMIT 1""")
                .params(Secrets.sha256(code.strip()), account.id().value(), Timestamp.from(now), WRONG_GUESSES_PER_CODE)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
        if (current.isEmpty()) {
            return List.of("identity.recovery.invalid");
        }
        if (current.get()[1] == 0) {
            jdbc.sql("UPDATE identity.recovery_code SET wrong_guesses = wrong_guesses + 1 WHERE id = ?")
                    .param(current.get()[0]).update();
            return List.of("identity.recovery.invalid");
        }
        List<String> problems = policy.problems(password, account.username());
        if (!problems.isEmpty()) {
            return problems;
        }
        jdbc.sql("UPDATE identity.recovery_code SET used_at = ? WHERE id = ?")
                .params(Timestamp.from(now), current.get()[0]).update();
        account.setPassword(encoder.encode(password), false, now);
        throttle.reset(key);
        tokens.endAllOf(account.id(), account.id(), "password.recovered");
        events.publishEvent(new AuditableActionOccurred(account.id(), "password.recovered", account.username(),
                account.homeOrgPath(), null));
        return List.of();
    }

    public int minLength() {
        return policy.minLength();
    }

    /**
     * The phone (preferred: people read texts at once) or else the e-mail address a configured channel reaches; only
     * an address the person proved is theirs, so a wrong address entered for them never receives their code.
     */
    private Optional<Route> route(Account account) {
        for (ContactKind kind : ContactKind.values()) {
            String address = kind == ContactKind.PHONE ? account.phone() : account.email();
            if (address == null || address.isBlank() || !account.verified(kind)) {
                continue;
            }
            for (RecoveryCodeSender sender : senders) {
                if (sender.reaches(kind)) {
                    return Optional.of(new Route(sender, kind, address));
                }
            }
        }
        return Optional.empty();
    }

    private record Route(RecoveryCodeSender sender, ContactKind kind, String address) {
    }

    /** Six digits: typed from a text on a phone. Guessing is bounded by the per-code and per-account limits. */
    static String code() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    private static void holdUntil(long startedNanos) {
        long left = MINIMUM_TIME.toNanos() - (System.nanoTime() - startedNanos);
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
