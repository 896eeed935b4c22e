package org.educloud.identity.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.educloud.identity.SealedSecretUnreadable;
import org.junit.jupiter.api.Test;

/** The sealing every module's read-back secrets go through: what is stored, and how a wrong key fails. */
class AesGcmSealTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] SECRET = "-----a private key's bytes-----".getBytes(StandardCharsets.UTF_8);

    @Test
    void theStoredBytesAreNotTheSecretAndOpenToItAgain() {
        AesGcmSeal seal = new AesGcmSeal(key(), "test");

        byte[] sealed = seal.seal("purpose", SECRET);

        assertThat(AesGcmSeal.isSealed(sealed)).isTrue();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(SECRET, StandardCharsets.ISO_8859_1));
        assertThat(seal.seal("purpose", SECRET)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(seal.open("purpose", sealed)).isEqualTo(SECRET);
    }

    @Test
    void aWrongKeyEncryptionKeyFailsNamingBothKeysAndNeverReturnsGarbage() {
        AesGcmSeal sealedWith = new AesGcmSeal(key(), "educloud.identity.key-encryption-key");
        AesGcmSeal other = new AesGcmSeal(key(), "educloud.identity.key-encryption-key");
        byte[] sealed = sealedWith.seal("identity.oidc-signing-key:k1", SECRET);

        assertThatThrownBy(() -> other.open("identity.oidc-signing-key:k1", sealed))
                .isInstanceOf(SealedSecretUnreadable.class)
                .hasMessageContaining("sealed under key-encryption key " + sealedWith.keyId())
                .hasMessageContaining("the key in use (educloud.identity.key-encryption-key) is " + other.keyId())
                .hasMessageNotContaining(new String(SECRET, StandardCharsets.UTF_8));
    }

    @Test
    void aValueSealedForOnePurposeOrAlteredDoesNotOpen() {
        AesGcmSeal seal = new AesGcmSeal(key(), "test");
        byte[] sealed = seal.seal("identity.oidc-signing-key:k1", SECRET);

        assertThatThrownBy(() -> seal.open("integration.webhook-secret", sealed))
                .isInstanceOf(SealedSecretUnreadable.class).hasMessageContaining("altered or sealed for another purpose");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> seal.open("identity.oidc-signing-key:k1", sealed))
                .isInstanceOf(SealedSecretUnreadable.class).hasMessageContaining("altered");
        assertThatThrownBy(() -> seal.open("identity.oidc-signing-key:k1", SECRET))
                .isInstanceOf(SealedSecretUnreadable.class).hasMessageContaining("not a sealed value");
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}
