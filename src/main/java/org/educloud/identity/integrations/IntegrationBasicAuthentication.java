package org.educloud.identity.integrations;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.educloud.identity.IntegrationCaller;
import org.educloud.identity.accounts.IdentityProperties;
import org.educloud.identity.audit.AuditLog;
import org.educloud.identity.sessions.AddressKeys;
import org.educloud.identity.sessions.LoginThrottle;
import org.educloud.identity.sessions.PasswordAuthentication;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic authentication of integration clients (the learning record store), throttled and audited with the
 * login page's throttle and limits: wrong secrets are counted per address and per client at that address; a client
 * over its limit at an address is locked there and an address beyond its free failures is made to wait (the right
 * secret is refused too while either lasts), and each counted refusal and each lock or wait is written to the audit
 * log, where the client's admins see it. Refusals during a lock are not written one by one,
 * so a flood cannot fill the audit log at its own pace. Not per client alone: client ids travel in every statement's
 * authority, and a per-client lock would let anyone lock a school's tools out. Only failures are counted, after the
 * secret is checked: a client secret is a long random value nobody guesses, so the throttle is there to stop floods
 * and make them visible, and counting successes would cost every statement request two writes.
 */
@Component
public class IntegrationBasicAuthentication {

    static final String AUDIT_ACTION = "integration.basic-auth";
    private static final Logger LOG = LoggerFactory.getLogger(IntegrationBasicAuthentication.class);

    private final IntegrationClients clients;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final IdentityProperties properties;
    private final JdbcClient jdbc;

    IntegrationBasicAuthentication(IntegrationClients clients, LoginThrottle throttle, AuditLog audit,
                                   IdentityProperties properties, JdbcClient jdbc) {
        this.clients = clients;
        this.throttle = throttle;
        this.audit = audit;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    public Optional<IntegrationCaller> authenticate(String clientId, String secret) {
        String address = Objects.requireNonNullElse(AuditLog.currentAddress(), "unknown");
        String addressKey = "basic-address:" + AddressKeys.of(address);
        // a name no client can have (too long for the key, control characters) is counted against the address only
        boolean plausible = clientId.length() <= 64 && clientId.chars().noneMatch(Character::isISOControl);
        String shown = plausible ? clientId : clientId.chars().limit(64)
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String clientKey = "basic-client:" + shown + "@" + address;
        if (throttle.lockRemaining(addressKey).isPresent() || throttle.lockRemaining(clientKey).isPresent()) {
            return Optional.empty();
        }
        Optional<IntegrationCaller> caller = plausible ? clients.authenticateBasic(clientId, secret) : Optional.empty();
        if (caller.isPresent()) {
            return caller;
        }
        Optional<Duration> clientLocked = plausible ? count(clientKey, properties.maxAccountFailures(),
                properties.accountLock(), PasswordAuthentication.ACCOUNT_WINDOW) : Optional.empty();
        Optional<Duration> addressLocked = slowDown(addressKey);
        Optional<Duration> locked = clientLocked.or(() -> addressLocked);
        @Nullable OrgPath org = plausible ? jdbc.sql("SELECT org_path FROM identity.integration_client WHERE client_id = ?")
                .param(clientId).query(String.class).optional().map(OrgPath::new).orElse(null) : null;
        audit.recordIndependently(null, shown, AUDIT_ACTION, locked.isPresent() ? "THROTTLED" : "FAILURE", shown, org,
                locked.map(lock -> "locked for " + lock).orElse(null));
        locked.ifPresent(lock -> LOG.warn("Integration client {} refused at {} for {} after repeated wrong secrets",
                shown, address, lock));
        return Optional.empty();
    }

    /** Counts a failure against the key; how long it is now locked, when this one reached the limit. */
    private Optional<Duration> count(String key, int max, Duration lock, Duration window) {
        LoginThrottle.Attempt attempt = throttle.attempt(key, max, lock, window);
        if (attempt.refusedFor().isPresent()) {
            return attempt.refusedFor();
        }
        return attempt.count() >= max ? Optional.of(throttle.lock(key, attempt.count(), max, lock)) : Optional.empty();
    }

    /**
     * An address is slowed down, never locked, as on the login page: a school's tools and people share its address.
     * Beyond its free failures each further one makes the address wait, doubling up to the maximum.
     */
    private Optional<Duration> slowDown(String addressKey) {
        LoginThrottle.Attempt attempt = throttle.attempt(addressKey, Integer.MAX_VALUE, Duration.ZERO,
                PasswordAuthentication.ADDRESS_WINDOW);
        if (attempt.refusedFor().isPresent()) {
            return attempt.refusedFor();
        }
        Duration wait = throttle.slowDown(addressKey, attempt.count(), properties.maxAddressFailures(),
                properties.addressDelay(), properties.addressMaxDelay());
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }
}
