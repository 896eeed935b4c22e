package org.educloud.identity.passwords;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.educloud.identity.accounts.Account;
import org.educloud.identity.accounts.AccountRepository;
import org.educloud.identity.accounts.IdentityProperties;
import org.educloud.identity.accounts.LoginLookup;
import org.educloud.identity.tokens.EndingAllTokens;
import org.educloud.identity.secrets.Secrets;
import org.educloud.identity.sessions.LoginThrottle;
import org.educloud.identity.sessions.PasswordAuthentication;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A person changes their own password, or sets their first one with an activation code. Both answer with
 * the policy's message keys; an empty list means done. Either ends the person's API tokens.
 */
@Component
public class ChangingPasswords {

    private final AccountRepository accounts;
    private final LoginLookup logins;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final EndingAllTokens tokens;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangingPasswords(AccountRepository accounts, LoginLookup logins, PasswordEncoder encoder, PasswordPolicy policy,
                      LoginThrottle throttle, EndingAllTokens tokens, IdentityProperties properties,
                      ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.logins = logins;
        this.encoder = encoder;
        this.policy = policy;
        this.throttle = throttle;
        this.tokens = tokens;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public List<String> change(UserId id, String current, String next) {
        Account account = accounts.findById(id.value()).orElseThrow();
        String key = "password:" + id.value();
        if (throttle.attempt(key, properties.maxAccountFailures(), properties.accountLock(),
                PasswordAuthentication.ACCOUNT_WINDOW).refusedFor().isPresent()) {
            return List.of("identity.activation.locked");
        }
        if (account.passwordHash() == null || !encoder.matches(current, account.passwordHash())) {
            return List.of("identity.password.currentWrong");
        }
        throttle.reset(key);
        if (current.equals(next)) {
            return List.of("identity.password.unchanged");
        }
        List<String> problems = policy.problems(next, account.username());
        if (problems.isEmpty()) {
            account.setPassword(encoder.encode(next), false, clock.instant());
            tokens.endAllOf(id, id, "password.changed");
            events.publishEvent(new AuditableActionOccurred(id, "password.changed", account.username(),
                    account.homeOrgPath(), null));
        }
        return problems;
    }

    /**
     * Codes are short enough to guess given unlimited tries, so wrong codes count against the same throttle
     * as wrong passwords.
     */
    public List<String> activate(String login, String code, String password) {
        var found = logins.findByLogin(login.strip());
        String key = found.map(a -> "activate:" + a.id().value()).orElse("activate:" + login.strip());
        if (throttle.attempt(key, properties.maxAccountFailures(), properties.accountLock(),
                PasswordAuthentication.ACCOUNT_WINDOW).refusedFor().isPresent()) {
            return List.of("identity.activation.locked");
        }
        if (found.isEmpty() || !found.get().activationCodeMatches(Secrets.sha256(Secrets.normaliseCode(code)), clock.instant())) {
            return List.of("identity.activation.invalid");
        }
        Account account = found.get();
        List<String> problems = policy.problems(password, account.username());
        if (problems.isEmpty()) {
            account.setPassword(encoder.encode(password), false, clock.instant());
            tokens.endAllOf(account.id(), account.id(), "account.activated");
            throttle.reset(key);
            logins.proven(login.strip());
            events.publishEvent(new AuditableActionOccurred(account.id(), "account.activated", account.username(),
                    account.homeOrgPath(), null));
        }
        return problems;
    }

    /** The username the login leads to, for someone who has just proved the account is theirs. */
    public Optional<String> usernameOf(String login) {
        return logins.findByLogin(login.strip()).map(Account::username);
    }

    public int minLength() {
        return policy.minLength();
    }
}
