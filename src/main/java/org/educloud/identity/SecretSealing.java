package org.educloud.identity;

/**
 * Seals the secrets the installation must read back (a signing key's private half, a webhook's HMAC secret), which
 * therefore cannot be hashed like passwords and tokens. One service for every module: AES-256-GCM under the
 * installation's key-encryption key, each sealed value bound to its purpose, so a value sealed for one use never opens
 * for another. Kept in {@code identity.secrets}; see ADR 0036's addendum.
 */
public interface SecretSealing {

    /** The sealed form of the secret, for this purpose (e.g. {@code "identity.oidc-signing-key"}). */
    byte[] seal(String purpose, byte[] secret);

    /**
     * The secret again.
     *
     * @throws SealedSecretUnreadable when the value was sealed under another key-encryption key, for another purpose,
     *                                or was altered
     */
    byte[] open(String purpose, byte[] sealed);

    /** Whether stored bytes are a sealed value (and not, say, a secret stored before sealing existed). */
    boolean isSealed(byte[] stored);

    /** As {@link #seal(String, byte[])}, for a text secret kept in a text column. */
    String sealText(String purpose, String secret);

    /** As {@link #open(String, byte[])}, for a value made by {@link #sealText(String, String)}. */
    String openText(String purpose, String sealed);

    /** Whether a stored text is a value made by {@link #sealText(String, String)}. */
    boolean isSealedText(String stored);
}
