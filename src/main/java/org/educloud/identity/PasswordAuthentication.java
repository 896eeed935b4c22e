package org.educloud.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

/**
 * Form login by username, phone or email. Checks the address and account throttles before the password, so a
 * locked account cannot be used to test passwords; unknown names cost the same hashing time as known ones.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

    private final AccountRepository accounts;
    private final RoleGrantRepository grants;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final IdentityProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private @Nullable String unknownUserHash;

    PasswordAuthentication(AccountRepository accounts, RoleGrantRepository grants, PasswordEncoder encoder,
                           LoginThrottle throttle, IdentityProperties properties, TransactionTemplate transactions,
                           Clock clock) {
        this.accounts = accounts;
        this.grants = grants;
        this.encoder = encoder;
        this.throttle = throttle;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String login = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String addressKey = "address:" + remoteAddress(authentication);
        refuseIfLocked(addressKey);

        Optional<Account> found = accounts.findByLogin(login);
        String accountKey = found.map(a -> "account:" + a.id().value())
                .orElse("login:" + login.toLowerCase(Locale.ROOT));
        refuseIfLocked(accountKey);

        if (found.isEmpty()) {
            encoder.matches(password, unknownUserHash());
            throw failed(accountKey, addressKey);
        }
        Account account = found.get();
        if (account.status() == AccountStatus.DISABLED) {
            throw new AuthenticationRefusal(AuthenticationRefusal.Reason.DISABLED, Duration.ZERO);
        }
        if (account.status() == AccountStatus.PENDING_ACTIVATION || account.passwordHash() == null) {
            throw new AuthenticationRefusal(AuthenticationRefusal.Reason.NOT_ACTIVATED, Duration.ZERO);
        }
        if (!encoder.matches(password, account.passwordHash())) {
            throw failed(accountKey, addressKey);
        }
        throttle.reset(accountKey);
        AccountPrincipal principal = loggedIn(account, password);
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private AccountPrincipal loggedIn(Account account, String password) {
        return transactions.execute(status -> {
            accounts.recordLogin(account.id().value(), clock.instant());
            String hash = account.passwordHash();
            if (hash != null && encoder.upgradeEncoding(hash)) {
                accounts.upgradeHash(account.id().value(), hash, encoder.encode(password));
            }
            List<String> roles = grants.findByAccountIdOrderById(account.id().value()).stream()
                    .map(g -> g.role().name()).distinct().toList();
            return new AccountPrincipal(account.id(), account.username(), account.displayName(), roles);
        });
    }

    private void refuseIfLocked(String key) {
        throttle.lockRemaining(key).ifPresent(wait -> {
            throw new AuthenticationRefusal(AuthenticationRefusal.Reason.THROTTLED, wait);
        });
    }

    private AuthenticationException failed(String accountKey, String addressKey) {
        throttle.fail(addressKey, properties.maxAddressFailures(), properties.addressLock());
        return throttle.fail(accountKey, properties.maxAccountFailures(), properties.accountLock())
                .<AuthenticationException>map(lock -> new AuthenticationRefusal(AuthenticationRefusal.Reason.THROTTLED, lock))
                .orElseGet(() -> new BadCredentialsException("bad credentials"));
    }

    private String unknownUserHash() {
        if (unknownUserHash == null) {
            unknownUserHash = encoder.encode("no-such-user-" + System.nanoTime());
        }
        return unknownUserHash;
    }

    private static String remoteAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }
}
