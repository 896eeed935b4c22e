package org.educloud.integration.webhooks;

import java.security.SecureRandom;
import java.util.Base64;
import org.educloud.identity.SecretSealing;
import org.springframework.stereotype.Component;

/**
 * Makes subscription secrets and keeps them sealed. Unlike identity's tokens, which are only ever compared and so
 * are kept as hashes, a webhook secret must be read back to sign each delivery: it is sealed by identity's
 * {@link SecretSealing}, the one key-encryption key of the installation. Secrets sealed before that, under the
 * webhooks' own key, are read by {@link LegacySecrets} until it has sealed them again at start.
 */
@Component
class SecretBox {

    static final String PURPOSE = "integration.webhook-secret";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "whsec_";

    private final SecretSealing sealing;
    private final LegacySecrets legacy;

    SecretBox(SecretSealing sealing, LegacySecrets legacy) {
        this.sealing = sealing;
        this.legacy = legacy;
    }

    /** A new secret: 32 random bytes, shown to the admin once. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The last characters, so an admin can tell which secret a receiver holds without seeing it again. */
    static String hint(String secret) {
        return "…" + secret.substring(secret.length() - 4);
    }

    String seal(String secret) {
        return sealing.sealText(PURPOSE, secret);
    }

    String open(String sealed) {
        return sealing.isSealedText(sealed) ? sealing.openText(PURPOSE, sealed) : legacy.open(sealed);
    }
}
