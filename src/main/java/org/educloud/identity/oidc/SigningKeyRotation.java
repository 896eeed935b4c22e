package org.educloud.identity.oidc;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.educloud.identity.accounts.IdentityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Replaces the signing key once it is {@code educloud.identity.oidc-key-rotation} old (90 days unless set), looked at
 * every hour on one node (ShedLock); {@link SigningKeys#rotateIfOlderThan} decides again under its advisory lock, so
 * even two nodes that both ran it would rotate once. The operator's button on the clients page stays for a key that
 * must go at once.
 */
@Component
class SigningKeyRotation {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeyRotation.class);

    private final SigningKeys keys;
    private final IdentityProperties properties;

    SigningKeyRotation(SigningKeys keys, IdentityProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @Scheduled(cron = "0 41 * * * *")
    @SchedulerLock(name = "identity.oidc-key-rotation", lockAtMostFor = "PT10M")
    public void rotateWhenDue() {
        keys.rotateIfOlderThan(properties.oidcKeyRotation())
                .ifPresent(kid -> LOG.info("OpenID Connect signing key rotated on schedule; the new key is {}", kid));
    }
}
