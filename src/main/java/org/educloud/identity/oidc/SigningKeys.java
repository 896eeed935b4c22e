package org.educloud.identity.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.educloud.identity.SecretSealing;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA keys that sign tokens, kept in {@code identity.oidc_signing_key} so that every node signs with the same
 * current key and publishes the same JWKS. Rotation makes a new key current and retires the old one, which stays in
 * the JWKS for {@link #RETIRED_KEPT} (longer than any token it signed lives) so relying parties still verify them.
 * Each node reads the keys again at most {@link #RELOAD} after another node rotated. The private halves are sealed
 * with the installation's key-encryption key ({@link SecretSealing}); keys stored plainly before that are sealed at
 * start.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

    /** Longer than the access and ID tokens' lifetime (minutes), so a token never outlives its key's publication. */
    static final Duration RETIRED_KEPT = Duration.ofDays(1);
    static final Duration RELOAD = Duration.ofSeconds(30);
    static final String PURPOSE = "identity.oidc-signing-key";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final SecretSealing sealing;
    private volatile @Nullable Loaded loaded;

    private record Loaded(JWKSet published, String currentKid, Instant at) {
    }

    private record StoredKey(String kid, byte[] privateKey, byte[] publicKey, @Nullable Timestamp retiredAt) {
    }

    SigningKeys(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock, SecretSealing sealing) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sealing = sealing;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public List<JWK> get(JWKSelector selector, @Nullable SecurityContext context) {
        return selector.select(current().published());
    }

    /** The key id new tokens are signed with; the token customizer names it in the JWS header. */
    public String currentKid() {
        return current().currentKid();
    }

    /** The public keys as the JWKS endpoint publishes them. */
    public JWKSet published() {
        return current().published().toPublicJWKSet();
    }

    /** A new key becomes current at once on every node; the old one stays published until its tokens expired. */
    public String rotate() {
        String kid = ownTransaction.execute(status -> {
            lock();
            return replaceCurrent(clock.instant());
        });
        loaded = null;
        return java.util.Objects.requireNonNull(kid);
    }

    /**
     * Rotates when the current key is older than the given age (or there is none), and answers the new key's id.
     * Decided under the same lock as {@link #rotate()}, so two nodes running the schedule at once rotate once.
     */
    public java.util.Optional<String> rotateIfOlderThan(Duration age) {
        java.util.Optional<String> kid = java.util.Objects.requireNonNull(ownTransaction.execute(status -> {
            lock();
            Instant now = clock.instant();
            java.util.Optional<Timestamp> current = jdbc.sql("""
                            SELECT max(created_at) FROM identity.oidc_signing_key WHERE retired_at IS NULL""")
                    .query(Timestamp.class).optional();
            if (current.isPresent() && current.get().toInstant().plus(age).isAfter(now)) {
                return java.util.Optional.<String>empty();
            }
            return java.util.Optional.of(replaceCurrent(now));
        }));
        kid.ifPresent(k -> loaded = null);
        return kid;
    }

    private String replaceCurrent(Instant now) {
        jdbc.sql("UPDATE identity.oidc_signing_key SET retired_at = ? WHERE retired_at IS NULL")
                .param(Timestamp.from(now)).update();
        jdbc.sql("DELETE FROM identity.oidc_signing_key WHERE retired_at < ?")
                .param(Timestamp.from(now.minus(RETIRED_KEPT))).update();
        return insertNewKey(now);
    }

    /**
     * Seals the private keys stored plainly before sealing existed. Idempotent: a node that finds none does nothing,
     * and nodes starting together take turns on the advisory lock, each row updated only while it is still plain.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void sealPlainKeys() {
        if (plainKids().isEmpty()) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> {
            lock();
            for (String kid : plainKids()) {
                byte[] plain = jdbc.sql("SELECT private_key FROM identity.oidc_signing_key WHERE kid = ?").param(kid)
                        .query(byte[].class).single();
                jdbc.sql("UPDATE identity.oidc_signing_key SET private_key = ? WHERE kid = ? AND private_key = ?")
                        .params(sealing.seal(PURPOSE + ":" + kid, plain), kid, plain).update();
            }
        });
        loaded = null;
    }

    private List<String> plainKids() {
        return jdbc.sql("SELECT kid, private_key FROM identity.oidc_signing_key")
                .query((rs, n) -> sealing.isSealed(rs.getBytes(2)) ? null : rs.getString(1))
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    private Loaded current() {
        Loaded now = loaded;
        if (now == null || now.at().plus(RELOAD).isBefore(clock.instant())) {
            now = load();
            loaded = now;
        }
        return now;
    }

    private Loaded load() {
        return java.util.Objects.requireNonNull(ownTransaction.execute(status -> {
            Instant now = clock.instant();
            List<StoredKey> keys = stored(now);
            if (keys.stream().noneMatch(k -> k.retiredAt() == null)) {
                lock();
                keys = stored(now);
                if (keys.stream().noneMatch(k -> k.retiredAt() == null)) {
                    insertNewKey(now);
                    keys = stored(now);
                }
            }
            List<JWK> jwks = keys.stream().map(this::jwk).map(JWK.class::cast).toList();
            String currentKid = keys.stream().filter(k -> k.retiredAt() == null).findFirst().orElseThrow().kid();
            return new Loaded(new JWKSet(jwks), currentKid, now);
        }));
    }

    /** Newest first, so the first unretired key is the current one even if two nodes made one at once. */
    private List<StoredKey> stored(Instant now) {
        return jdbc.sql("""
                        SELECT kid, private_key, public_key, retired_at FROM identity.oidc_signing_key
                        WHERE retired_at IS NULL OR retired_at >= ? ORDER BY created_at DESC, kid""")
                .param(Timestamp.from(now.minus(RETIRED_KEPT)))
                .query((rs, n) -> new StoredKey(rs.getString(1), rs.getBytes(2), rs.getBytes(3), rs.getTimestamp(4)))
                .list();
    }

    /** Serialises key creation and rotation across nodes for the rest of the transaction. */
    private void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('identity.oidc_signing_key'))").query().singleRow();
    }

    private String insertNewKey(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            String kid = UUID.randomUUID().toString();
            jdbc.sql("""
                            INSERT INTO identity.oidc_signing_key (kid, private_key, public_key, created_at)
                            VALUES (?, ?, ?, ?)""")
                    .params(kid, sealing.seal(PURPOSE + ":" + kid, pair.getPrivate().getEncoded()),
                            pair.getPublic().getEncoded(), Timestamp.from(now))
                    .update();
            return kid;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    /** A key stored before sealing existed is read as it is until {@link #sealPlainKeys()} sealed it. */
    private RSAKey jwk(StoredKey key) {
        byte[] pkcs8 = sealing.isSealed(key.privateKey()) ? sealing.open(PURPOSE + ":" + key.kid(), key.privateKey())
                : key.privateKey();
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(key.publicKey()));
            RSAPrivateKey privateKey = (RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(key.kid())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored signing key could not be read: " + key.kid(), e);
        }
    }
}
