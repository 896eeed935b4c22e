package org.educloud.identity.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.educloud.identity.SealedSecretUnreadable;
import org.educloud.identity.SecretSealing;
import org.educloud.identity.accounts.IdentityProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The installation's key-encryption key and the sealing done with it. The key is {@code educloud.identity
 * .key-encryption-key} (base64 of 32 bytes), kept outside the database as production should; without it a key is made
 * once and kept in {@code identity.server_key}, so that development and the embedded mode run with nothing set, and
 * every node reads the same key (several nodes starting at once all keep the one stored first).
 */
@Component
class KeyEncryptionKey implements SecretSealing {

    private static final Logger LOG = LoggerFactory.getLogger(KeyEncryptionKey.class);
    private static final String TEXT_PREFIX = "ecs1:";
    private static final String PROPERTY = "educloud.identity.key-encryption-key";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final @Nullable String configured;
    private volatile @Nullable AesGcmSeal seal;

    KeyEncryptionKey(JdbcClient jdbc, PlatformTransactionManager transactionManager, IdentityProperties properties) {
        this.jdbc = jdbc;
        // first used perhaps inside a read-only transaction, where the key could not be stored
        this.ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.configured = properties.keyEncryptionKey();
        if (configured != null && !configured.isBlank()) {
            // a mistyped key fails the start, not the first login
            this.seal = new AesGcmSeal(decode(configured), PROPERTY);
        }
    }

    @Override
    public byte[] seal(String purpose, byte[] secret) {
        return seal().seal(purpose, secret);
    }

    @Override
    public byte[] open(String purpose, byte[] sealed) {
        return seal().open(purpose, sealed);
    }

    @Override
    public boolean isSealed(byte[] stored) {
        return AesGcmSeal.isSealed(stored);
    }

    @Override
    public String sealText(String purpose, String secret) {
        return TEXT_PREFIX + Base64.getEncoder().encodeToString(seal(purpose, secret.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String openText(String purpose, String sealed) {
        if (!isSealedText(sealed)) {
            throw new SealedSecretUnreadable("a " + purpose + " is not a sealed value");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.substring(TEXT_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new SealedSecretUnreadable("a " + purpose + " is not a sealed value", e);
        }
        return new String(open(purpose, bytes), StandardCharsets.UTF_8);
    }

    @Override
    public boolean isSealedText(String stored) {
        return stored.startsWith(TEXT_PREFIX);
    }

    private AesGcmSeal seal() {
        AesGcmSeal loaded = seal;
        if (loaded == null) {
            synchronized (this) {
                loaded = seal;
                if (loaded == null) {
                    loaded = new AesGcmSeal(stored(), "identity.server_key, as " + PROPERTY + " is not set");
                    seal = loaded;
                }
            }
        }
        return loaded;
    }

    private static byte[] decode(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " must be base64 of 32 bytes", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(PROPERTY + " must be base64 of 32 bytes, not " + key.length);
        }
        return key;
    }

    private byte[] stored() {
        byte[] key = ServerKey.storedOnce(jdbc, ownTransaction, "key-encryption");
        LOG.warn("Sealed secrets (signing keys, webhook secrets) use a key kept in the database; set {} to keep it "
                + "outside, or a database dump alone opens them", PROPERTY);
        return key;
    }
}
