package org.educloud.identity.sessions;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.educloud.identity.AccountPrincipal;
import org.educloud.identity.AccountStatus;
import org.educloud.identity.accounts.Account;
import org.educloud.identity.accounts.AccountRepository;
import org.educloud.identity.accounts.IdentityProperties;
import org.educloud.identity.accounts.LoginLookup;
import org.educloud.identity.accounts.RoleGrant;
import org.educloud.identity.accounts.RoleGrantRepository;
import org.educloud.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Form login by username, phone or email. Every attempt is counted against its address (or its device cookie) and
 * its account before
 * the password is checked, so a locked account (or an address that must wait) cannot be used to test passwords,
 * even by parallel requests;
 * unknown names cost the same hashing time as known ones, and a disabled account is only named to someone who
 * knows its password.
 */
@Component
public class PasswordAuthentication implements AuthenticationProvider {

    /** A whole school may share one address: its typos are only held against it for a short while. */
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    /** Longer than a password check takes: beyond its free attempts, a key has one attempt checked at a time. */
    static final Duration CHECK_TIME = Duration.ofSeconds(2);
    public static final Duration ACCOUNT_WINDOW = Duration.ofHours(24);

    private final AccountRepository accounts;
    private final LoginLookup logins;
    private final RoleGrantRepository grants;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final DeviceCookies devices;
    private final IdentityProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private @Nullable String unknownUserHash;

    PasswordAuthentication(AccountRepository accounts, LoginLookup logins, RoleGrantRepository grants,
                           PasswordEncoder encoder, LoginThrottle throttle, DeviceCookies devices, IdentityProperties properties,
                           TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.logins = logins;
        this.grants = grants;
        this.encoder = encoder;
        this.throttle = throttle;
        this.devices = devices;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * An address that failed too often is slowed down, not locked: its attempts wait their turn ("try again in a few
     * seconds") while the account of each attempt keeps its own lock. A browser presenting a device cookie for the
     * account it logs in to skips the address's wait (its wrong passwords are counted per cookie instead), so one
     * person flooding a school's address keeps only browsers the accounts have never used waiting.
     */
    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String login = authentication.getName() == null ? "" : authentication.getName().strip();
        Optional<Account> found = logins.findByLogin(login);
        Optional<String> device = found.flatMap(account -> currentRequest()
                .flatMap(request -> devices.honouredFor(request, account.id())));
        if (device.isPresent()) {
            String deviceKey = device.get();
            Authentication result = authenticateAccount(authentication, login, found, () -> devices.failed(deviceKey));
            devices.succeeded(deviceKey);
            return result;
        }
        String addressKey = "address:" + AddressKeys.of(remoteAddress(authentication));
        LoginThrottle.CheckedAttempt fromAddress = throttle.attemptOneAtATime(addressKey,
                properties.maxAddressFailures(), ADDRESS_WINDOW, CHECK_TIME);
        fromAddress.refusedFor().ifPresent(wait -> {
            throw new AuthenticationRefusal(AuthenticationRefusal.Reason.SLOWED_DOWN, wait);
        });
        Authentication result;
        try {
            result = authenticateAccount(authentication, login, found, () -> { });
        } catch (AuthenticationException refused) {
            throttle.slowDown(addressKey, fromAddress.count(), properties.maxAddressFailures(),
                    properties.addressDelay(), properties.addressMaxDelay());
            throw refused;
        }
        throttle.forgiveOne(addressKey, fromAddress.heldUntil());
        return result;
    }

    private Authentication authenticateAccount(Authentication authentication, String login, Optional<Account> found,
                                               Runnable wrongPassword) {
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String accountKey = found.map(a -> "account:" + a.id().value())
                .orElse("login:" + login.toLowerCase(Locale.ROOT));
        LoginThrottle.CheckedAttempt attempt = count(accountKey);

        Account account = found.orElse(null);
        String hash = account == null ? null : account.passwordHash();
        boolean matches = encoder.matches(password, hash == null ? unknownUserHash() : hash);
        if (account != null && account.status() == AccountStatus.PENDING_ACTIVATION) {
            // Told plainly, so a child with an activation slip knows what to do; the attempt still counts.
            throw new AuthenticationRefusal(AuthenticationRefusal.Reason.NOT_ACTIVATED, Duration.ZERO);
        }
        if (account == null || hash == null || !matches) {
            wrongPassword.run();
            if (attempt.count() >= properties.maxAccountFailures()) {
                Duration lock = throttle.lock(accountKey, attempt.count(), properties.maxAccountFailures(),
                        properties.accountLock());
                throw new AuthenticationRefusal(AuthenticationRefusal.Reason.THROTTLED, lock);
            }
            throw new BadCredentialsException("bad credentials");
        }
        if (account.status() == AccountStatus.DISABLED) {
            throw new AuthenticationRefusal(AuthenticationRefusal.Reason.DISABLED, Duration.ZERO);
        }
        throttle.reset(accountKey);
        AccountPrincipal principal = loggedIn(account, login, password);
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private AccountPrincipal loggedIn(Account account, String login, String password) {
        return transactions.execute(status -> {
            accounts.recordLogin(account.id().value(), clock.instant());
            logins.proven(login);
            String hash = account.passwordHash();
            if (hash != null && encoder.upgradeEncoding(hash)) {
                accounts.upgradeHash(account.id().value(), hash, encoder.encode(password));
            }
            List<Role> roles = grants.findByAccountIdOrderById(account.id().value()).stream()
                    .map(RoleGrant::role).distinct().toList();
            return new AccountPrincipal(account.id(), account.username(), account.displayName(), roles);
        });
    }

    /**
     * Counts the attempt before anything is checked, and refuses it at once while the account is locked. From the
     * last free attempt on, attempts are checked one at a time, so parallel guesses cannot slip past the lock; once a
     * lock has run out, the owner's next attempt is checked, not refused.
     */
    private LoginThrottle.CheckedAttempt count(String key) {
        LoginThrottle.CheckedAttempt attempt = throttle.attemptOneAtATime(key, properties.maxAccountFailures() - 1,
                ACCOUNT_WINDOW, CHECK_TIME);
        attempt.refusedFor().ifPresent(wait -> {
            throw new AuthenticationRefusal(AuthenticationRefusal.Reason.THROTTLED, wait);
        });
        return attempt;
    }

    private String unknownUserHash() {
        if (unknownUserHash == null) {
            unknownUserHash = encoder.encode("no-such-user-" + System.nanoTime());
        }
        return unknownUserHash;
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }

    private static String remoteAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }
}
