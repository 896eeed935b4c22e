package org.educloud.identity.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.educloud.identity.SealedSecretUnreadable;

/**
 * AES-256-GCM under one key-encryption key, the JDK's own cipher. A sealed value is {@code "ECS1"}, the key's id
 * (8 bytes of an HMAC the key makes of a fixed label, so it names the key without revealing it), a random 96-bit
 * nonce and the ciphertext with its tag; the purpose is the associated data. Carrying the key's id lets a value
 * sealed under another key be told from an altered one, and the error say so.
 */
final class AesGcmSeal {

    static final byte[] MAGIC = {'E', 'C', 'S', '1'};
    private static final int ID_BYTES = 8;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER = MAGIC.length + ID_BYTES + IV_BYTES;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final byte[] keyId;
    private final String source;

    /**
     * @param source where the key came from, named in errors (the property to set, or the database row)
     */
    AesGcmSeal(byte[] key, String source) {
        if (key.length != 32) {
            throw new IllegalArgumentException("a key-encryption key is 32 bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.keyId = idOf(key);
        this.source = source;
    }

    String keyId() {
        return HexFormat.of().formatHex(keyId);
    }

    byte[] seal(String purpose, byte[] secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret);
            return ByteBuffer.allocate(HEADER + sealed.length).put(MAGIC).put(keyId).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    byte[] open(String purpose, byte[] sealed) {
        if (!isSealed(sealed) || sealed.length < HEADER + TAG_BITS / 8) {
            throw new SealedSecretUnreadable("a " + purpose + " is not a sealed value");
        }
        byte[] sealedUnder = Arrays.copyOfRange(sealed, MAGIC.length, MAGIC.length + ID_BYTES);
        if (!MessageDigest.isEqual(sealedUnder, keyId)) {
            throw new SealedSecretUnreadable("a " + purpose + " was sealed under key-encryption key "
                    + HexFormat.of().formatHex(sealedUnder) + ", but the key in use (" + source + ") is " + keyId()
                    + ": configure the key it was sealed with");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, MAGIC.length + ID_BYTES,
                    IV_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, HEADER, sealed.length - HEADER);
        } catch (AEADBadTagException e) {
            throw new SealedSecretUnreadable("a " + purpose + " does not open under key-encryption key " + keyId()
                    + ": it was altered or sealed for another purpose", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    static boolean isSealed(byte[] stored) {
        return stored.length > MAGIC.length && Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    private static byte[] idOf(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal("educloud key-encryption key id".getBytes(StandardCharsets.US_ASCII)),
                    ID_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
