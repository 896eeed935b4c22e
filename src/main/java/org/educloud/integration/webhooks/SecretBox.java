package org.educloud.integration.webhooks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes subscription secrets and keeps them encrypted. Unlike identity's tokens, which are only ever compared and so
 * are kept as hashes, a webhook secret must be read back to sign each delivery: it is kept under AES-GCM with a key
 * from the configuration, or, without one, a key made once and kept in {@code integration.webhook_key} so that every
 * node reads the same secrets.
 */
@Component
class SecretBox {

    private static final Logger LOG = LoggerFactory.getLogger(SecretBox.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "whsec_";
    private static final int IV_BYTES = 12;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final @Nullable String configuredKey;
    private volatile @Nullable SecretKeySpec key;

    SecretBox(JdbcClient jdbc, PlatformTransactionManager transactions, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.configuredKey = properties.secretKey();
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
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    String open(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // a changed secret-key: the subscription cannot sign until its secret is rotated
            throw new IllegalStateException("webhook secret cannot be opened with the current key", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec loaded = key;
        if (loaded != null) {
            return loaded;
        }
        synchronized (this) {
            if (key == null) {
                key = new SecretKeySpec(configuredKey != null && !configuredKey.isBlank() ? configured() : stored(),
                        "AES");
            }
            return key;
        }
    }

    private byte[] configured() {
        byte[] bytes = Base64.getDecoder().decode(configuredKey == null ? "" : configuredKey.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("educloud.integration.webhooks.secret-key must be base64 of 32 bytes");
        }
        return bytes;
    }

    /** Made on first use; nodes starting together all keep the one stored first. */
    private byte[] stored() {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        byte[] bytes = ownTransaction.execute(tx -> {
            jdbc.sql("INSERT INTO integration.webhook_key (id, key_bytes) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
                    .param(fresh).update();
            return jdbc.sql("SELECT key_bytes FROM integration.webhook_key WHERE id = 1").query(byte[].class).single();
        });
        LOG.info("Webhook secrets are encrypted with a key kept in the database; set "
                + "educloud.integration.webhooks.secret-key to keep it outside");
        return bytes;
    }
}
