package org.educloud.integration.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.educloud.identity.SealedSecretUnreadable;
import org.educloud.identity.SecretSealing;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Subscription secrets sealed before identity's key-encryption key existed: AES-GCM (a 12-byte nonce before the
 * ciphertext, base64) under {@code educloud.integration.webhooks.secret-key} or the key kept in
 * {@code integration.webhook_key}. At start they are sealed again with {@link SecretSealing}; until then (a delivery
 * run may come first) they are read here. Once every installation has started once this class can go.
 */
@Component
class LegacySecrets {

    private static final Logger LOG = LoggerFactory.getLogger(LegacySecrets.class);
    private static final int IV_BYTES = 12;
    private static final String NOT_SEALED = "secret_cipher NOT LIKE 'ecs1:%'";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final SecretSealing sealing;
    private final @Nullable String configuredKey;

    LegacySecrets(JdbcClient jdbc, PlatformTransactionManager transactions, SecretSealing sealing,
                  WebhookProperties properties) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.configuredKey = properties.secretKey();
    }

    /**
     * Seals every old secret anew, row by row. Idempotent and safe with several nodes: they take turns on an advisory
     * lock, and a row is only replaced while it still holds the value that was opened. A secret that cannot be opened
     * (its key is gone or it was altered) is logged and left as it is, and the node starts anyway: its deliveries
     * fail, and by the usual rule switch the subscription off, until an admin rotates its secret. Nothing here stops the application.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void sealAgain() {
        try {
            record Old(long id, String cipher) {
            }
            List<Old> old = jdbc.sql("SELECT id, secret_cipher FROM integration.webhook_subscription WHERE "
                    + NOT_SEALED + " ORDER BY id").query((rs, n) -> new Old(rs.getLong(1), rs.getString(2))).list();
            for (Old row : old) {
                try {
                    ownTransaction.executeWithoutResult(status -> {
                        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('integration.webhook-secrets'))").query()
                                .singleRow();
                        jdbc.sql("UPDATE integration.webhook_subscription SET secret_cipher = ? "
                                        + "WHERE id = ? AND secret_cipher = ?")
                                .params(sealing.sealText(SecretBox.PURPOSE, open(row.cipher())), row.id(), row.cipher())
                                .update();
                    });
                } catch (RuntimeException unreadable) {
                    LOG.warn("Webhook subscription {}: its secret, sealed the former way, cannot be sealed again ({});"
                            + " it stays as it is until an admin rotates it", row.id(), unreadable.getMessage());
                }
            }
        } catch (RuntimeException failed) {
            LOG.error("Webhook secrets sealed the former way were not sealed again; the next start tries again", failed);
        }
    }

    String open(String sealed) {
        byte[] key = key().orElseThrow(() -> new SealedSecretUnreadable(
                "a webhook secret sealed by the webhooks' former key, but that key is gone"));
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SealedSecretUnreadable("a webhook secret cannot be opened with the webhooks' former key", e);
        }
    }

    private Optional<byte[]> key() {
        if (configuredKey != null && !configuredKey.isBlank()) {
            return Optional.of(Base64.getDecoder().decode(configuredKey.strip()));
        }
        return jdbc.sql("SELECT key_bytes FROM integration.webhook_key WHERE id = 1").query(byte[].class).optional();
    }
}
