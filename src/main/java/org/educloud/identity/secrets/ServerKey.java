package org.educloud.identity.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The installation's own HMAC key, generated once and kept in {@code identity.server_key} so that every node signs
 * and checks alike. Each use names its purpose, so a value signed for one use never passes for another.
 */
@Component
public class ServerKey {

    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile @Nullable SecretKeySpec key;

    ServerKey(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        // first used perhaps inside a read-only transaction, where the key could not be stored
        this.ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The HMAC of the value for this purpose, base64url without padding (a cookie-safe string). */
    public String sign(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether the signature is the value's, compared in constant time. */
    public boolean signed(String purpose, String value, String signature) {
        return MessageDigest.isEqual(sign(purpose, value).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** Made on first use; several nodes starting at once all keep the one that was stored first. */
    private SecretKeySpec key() {
        SecretKeySpec loaded = key;
        if (loaded == null) {
            loaded = new SecretKeySpec(storedOnce(jdbc, ownTransaction, "hmac"), ALGORITHM);
            key = loaded;
        }
        return loaded;
    }

    /**
     * The 32 random bytes kept in {@code identity.server_key} under this name, made by the first node that asks (in a
     * transaction of their own: the first use may be inside a read-only one); nodes asking at once all keep the one
     * stored first.
     */
    static byte[] storedOnce(JdbcClient jdbc, TransactionTemplate ownTransaction, String name) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        byte[] stored = ownTransaction.execute(status -> {
            jdbc.sql("INSERT INTO identity.server_key (name, secret) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")
                    .params(name, fresh).update();
            return jdbc.sql("SELECT secret FROM identity.server_key WHERE name = ?").param(name)
                    .query(byte[].class).single();
        });
        return java.util.Objects.requireNonNull(stored);
    }
}
