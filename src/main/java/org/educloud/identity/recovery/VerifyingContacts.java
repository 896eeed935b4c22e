package org.educloud.identity.recovery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.educloud.identity.RecoveryCodeSender;
import org.educloud.identity.RecoveryCodeSender.ContactKind;
import org.educloud.identity.accounts.Account;
import org.educloud.identity.accounts.AccountRepository;
import org.educloud.identity.accounts.IdentityProperties;
import org.educloud.identity.secrets.Secrets;
import org.educloud.identity.sessions.LoginThrottle;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person proves their own phone or e-mail address with a one-time code sent to it, by the channels that carry
 * recovery codes and under the same rules: six digits, 10 minutes, single use, a new code ends the older, a few
 * codes an hour, a few wrong guesses burn a code and wrong codes lock like wrong passwords. Only proved addresses
 * receive recovery codes, so a mistyped or someone else's address entered by the school cannot take an account over.
 */
@Service
@Transactional
public class VerifyingContacts {

    /** What the contacts page shows of one address: masked elsewhere, the owner sees it in full. */
    public record ContactState(ContactKind kind, @Nullable String address, boolean verified, boolean reachable) {
    }

    private final AccountRepository accounts;
    private final List<RecoveryCodeSender> senders;
    private final LoginThrottle throttle;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    VerifyingContacts(AccountRepository accounts, List<RecoveryCodeSender> senders, LoginThrottle throttle,
                      IdentityProperties properties, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.senders = List.copyOf(senders);
        this.throttle = throttle;
        this.properties = properties;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ContactState> of(UserId self) {
        Account account = own(self);
        return List.of(ContactKind.values()).stream().map(kind -> new ContactState(kind, address(account, kind),
                account.verified(kind), sender(kind).isPresent())).toList();
    }

    /** Sends a code to the caller's own address of this kind. */
    public void sendCode(UserId self, ContactKind kind) {
        Account account = own(self);
        String address = address(account, kind);
        if (address == null) {
            throw new RuleViolationException("identity.verify.noAddress");
        }
        RecoveryCodeSender sender = sender(kind)
                .orElseThrow(() -> new RuleViolationException("identity.verify.noChannel"));
        if (throttle.attempt("verify:" + self.value(), RecoveringPasswords.CODES_PER_ACCOUNT,
                RecoveringPasswords.WINDOW, RecoveringPasswords.WINDOW).refusedFor().isPresent()) {
            throw new RuleViolationException("identity.verify.tooMany");
        }
        String code = RecoveringPasswords.code();
        Instant now = clock.instant();
        jdbc.sql("UPDATE identity.verification_code SET used_at = ? WHERE account_id = ? AND channel = ? "
                        + "AND used_at IS NULL")
                .params(Timestamp.from(now), self.value(), kind.name()).update();
        jdbc.sql("INSERT INTO identity.verification_code (account_id, channel, address, code_hash, created_at, "
                        + "expires_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(self.value(), kind.name(), address, Secrets.sha256(code), Timestamp.from(now),
                        Timestamp.from(now.plus(RecoveringPasswords.CODE_VALIDITY)))
                .update();
        sender.sendVerification(kind, address, code, RecoveringPasswords.CODE_VALIDITY);
        events.publishEvent(new AuditableActionOccurred(self, "contact.verificationRequested", account.username(),
                account.homeOrgPath(), kind.name()));
    }

    /** Checks a code for the caller's address of this kind; message keys of what is wrong, empty when proved. */
    public List<String> confirm(UserId self, ContactKind kind, String code) {
        Account account = own(self);
        String key = "verify-code:" + self.value();
        if (throttle.attempt(key, properties.maxAccountFailures(), properties.accountLock(), RecoveringPasswords.WINDOW)
                .refusedFor().isPresent()) {
            return List.of("identity.verify.locked");
        }
        String address = address(account, kind);
        Instant now = clock.instant();
        Optional<long[]> current = address == null ? Optional.empty() : jdbc.sql("""
                        SELECT id, CASE WHEN code_hash = ? THEN 1 ELSE 0 END FROM identity.verification_code
                        WHERE account_id = ? AND channel = ? AND address = ? AND used_at IS NULL AND expires_at > ?
                          AND wrong_guesses < ?
                        ORDER BY created_at DESC LIMIT 1""")
                .params(Secrets.sha256(code.strip()), self.value(), kind.name(), address, Timestamp.from(now),
                        RecoveringPasswords.WRONG_GUESSES_PER_CODE)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
        if (current.isEmpty()) {
            return List.of("identity.verify.invalid");
        }
        if (current.get()[1] == 0) {
            jdbc.sql("UPDATE identity.verification_code SET wrong_guesses = wrong_guesses + 1 WHERE id = ?")
                    .param(current.get()[0]).update();
            return List.of("identity.verify.invalid");
        }
        jdbc.sql("UPDATE identity.verification_code SET used_at = ? WHERE id = ?")
                .params(Timestamp.from(now), current.get()[0]).update();
        account.markVerified(kind, now);
        throttle.reset(key);
        events.publishEvent(new AuditableActionOccurred(self, "contact.verified", account.username(),
                account.homeOrgPath(), kind.name()));
        return List.of();
    }

    private Account own(UserId self) {
        return accounts.findById(self.value()).orElseThrow(() -> new NotFoundException("identity.error.accountNotFound"));
    }

    private Optional<RecoveryCodeSender> sender(ContactKind kind) {
        return senders.stream().filter(s -> s.reaches(kind)).findFirst();
    }

    private static @Nullable String address(Account account, ContactKind kind) {
        return kind == ContactKind.PHONE ? account.phone() : account.email();
    }
}
