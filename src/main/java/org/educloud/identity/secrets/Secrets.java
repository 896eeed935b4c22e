package org.educloud.identity.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Random secrets and their stored form. Tokens and activation codes are long random values, so an unsalted
 * SHA-256 is enough to make a stolen table useless, and it lets a token be found by its hash in one lookup.
 */
public final class Secrets {

    /** No 0/O, 1/I/L: activation codes are read off paper slips by children. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final char[] PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final char[] TOKEN_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    public static final String TOKEN_PREFIX = "ecpat_";

    private Secrets() {
    }

    public static String activationCode() {
        return random(CODE_ALPHABET, 8);
    }

    /**
     * A first password printed on a slip for a child to type once before choosing their own: lower-case letters
     * and digits without look-alikes, so it is read off paper without doubt.
     */
    public static String initialPassword() {
        return random(PASSWORD_ALPHABET, 10);
    }

    public static String apiToken() {
        return TOKEN_PREFIX + random(TOKEN_ALPHABET, 40);
    }

    /** Public, but unguessable so that client ids say nothing about how many clients exist. */
    public static String clientId() {
        return "ecc_" + random(TOKEN_ALPHABET, 20);
    }

    public static String clientSecret() {
        return "ecsec_" + random(TOKEN_ALPHABET, 48);
    }

    public static String accessToken() {
        return "ecat_" + random(TOKEN_ALPHABET, 48);
    }

    public static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Activation codes are typed by hand: ignore case, spaces and dashes. */
    public static String normaliseCode(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static String random(char[] alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet[RANDOM.nextInt(alphabet.length)]);
        }
        return out.toString();
    }
}
