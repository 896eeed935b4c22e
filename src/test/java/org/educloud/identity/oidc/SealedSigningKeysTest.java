package org.educloud.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.educloud.identity.SecretSealing;
import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The signing keys' private halves are stored sealed, and keys stored plainly before are sealed at start. */
@EduCloudTest
class SealedSigningKeysTest {

    @Autowired
    SigningKeys keys;
    @Autowired
    SecretSealing sealing;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCurrentKeysPrivateHalfIsStoredSealedNotAsTheKey() throws Exception {
        String kid = keys.currentKid();
        byte[] privateKey = published(kid).toRSAPrivateKey().getEncoded();

        byte[] stored = storedPrivateKey(kid);

        assertThat(sealing.isSealed(stored)).isTrue();
        assertThat(stored).isNotEqualTo(privateKey);
        assertThat(indexOf(stored, java.util.Arrays.copyOfRange(privateKey, 40, 72))).as("no part of the key").isEqualTo(-1);
    }

    @Test
    void aKeyStoredPlainlyBeforeSealingIsSealedAtStartOnceAndStillPublished() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String kid = "plain-" + UUID.randomUUID();
        Instant now = Instant.now();
        // retired an hour ago: still published, never the current key of the other tests
        jdbc.sql("""
                        INSERT INTO identity.oidc_signing_key (kid, private_key, public_key, created_at, retired_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(kid, pair.getPrivate().getEncoded(), pair.getPublic().getEncoded(),
                        Timestamp.from(now.minusSeconds(7200)), Timestamp.from(now.minusSeconds(3600)))
                .update();

        keys.sealPlainKeys();
        byte[] sealedOnce = storedPrivateKey(kid);
        keys.sealPlainKeys();

        assertThat(sealing.isSealed(sealedOnce)).isTrue();
        assertThat(storedPrivateKey(kid)).as("a second start changes nothing").isEqualTo(sealedOnce);
        assertThat(published(kid).toRSAPrivateKey().getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    }

    private RSAKey published(String kid) {
        return (RSAKey) keys.get(new JWKSelector(new JWKMatcher.Builder().keyID(kid).build()), null).getFirst();
    }

    private byte[] storedPrivateKey(String kid) {
        return jdbc.sql("SELECT private_key FROM identity.oidc_signing_key WHERE kid = ?").param(kid)
                .query(byte[].class).single();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
