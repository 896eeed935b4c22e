package org.educloud.network.probes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Enrolment codes and probe credentials: random, shown once, stored only as their SHA-256. */
final class Secrets {

    /** No 0/O or 1/I/L: an enrolment code is read off a screen and typed on the school's machine. */
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final String CREDENTIAL_ALPHABET = CODE_ALPHABET + "abcdefghijkmnpqrstuvwxyz";
    static final String CREDENTIAL_PREFIX = "ecprobe_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 16 characters in four groups: about 79 bits, single use and short-lived. */
    static String enrolmentCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a typed code means: case, spaces and dashes do not matter. */
    static String normaliseCode(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    static String credential() {
        StringBuilder credential = new StringBuilder(CREDENTIAL_PREFIX);
        for (int i = 0; i < 40; i++) {
            credential.append(CREDENTIAL_ALPHABET.charAt(RANDOM.nextInt(CREDENTIAL_ALPHABET.length())));
        }
        return credential.toString();
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
