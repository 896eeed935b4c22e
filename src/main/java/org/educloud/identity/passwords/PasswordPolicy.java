package org.educloud.identity.passwords;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.educloud.identity.accounts.IdentityProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: long enough, mixing letters and digits, not the username, not one of the passwords
 * every attacker tries first (a shipped list, with look-alikes such as {@code p@ssw0rd} and a listed word with digits
 * or symbols around it such as {@code woaini1314} counted as listed), and neither repetitive nor a sequence.
 * Returns message keys, so the page explains each problem.
 */
@Component
public class PasswordPolicy {

    private static final String COMMON_PASSWORDS = "identity/common-passwords.txt";
    /** Below this, a word with digits around it is not held against the password: too many short words are safe. */
    private static final int SHORTEST_LISTED_WORD = 4;
    /** Longer than any passphrase a person types; bcrypt only reads the first 72 bytes anyway. */
    static final int MAX_LENGTH = 128;

    private final int minLength;
    private final Set<String> common;

    PasswordPolicy(IdentityProperties properties) {
        this.minLength = properties.minPasswordLength();
        this.common = readCommonPasswords();
    }

    /**
     * The length comes first, and a password that is too long is told only that: the pattern checks take time that
     * grows with the square of the length, and a megabyte pasted into the form must not cost minutes of CPU.
     */
    public List<String> problems(String password, String username) {
        if (password.length() > MAX_LENGTH) {
            return List.of("identity.password.tooLong");
        }
        List<String> problems = new ArrayList<>();
        if (password.length() < minLength) {
            problems.add("identity.password.tooShort");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            problems.add("identity.password.lettersAndDigits");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            problems.add("identity.password.common");
        }
        if (PasswordPatterns.repetitive(lower)) {
            problems.add("identity.password.repetitive");
        } else if (PasswordPatterns.sequential(lower)) {
            problems.add("identity.password.sequential");
        }
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("identity.password.containsUsername");
        }
        return problems;
    }

    public int minLength() {
        return minLength;
    }

    private boolean isCommon(String lower) {
        if (common.contains(lower) || common.contains(readAsLetters(lower))) {
            return true;
        }
        String word = readAsLetters(withoutDigitsAndSymbolsAround(lower));
        return word.length() >= SHORTEST_LISTED_WORD && common.contains(word);
    }

    /** {@code 2026password!} → {@code password}: what is left between the digits and symbols at either end. */
    private static String withoutDigitsAndSymbolsAround(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    /** Characters people put in place of letters to make a word look strong: {@code p@$$w0rd} reads as password. */
    private static String readAsLetters(String lower) {
        StringBuilder letters = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            letters.append(switch (c) {
                case '@', '4' -> 'a';
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '$', '5' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return letters.toString();
    }

    private static Set<String> readCommonPasswords() {
        try (InputStream in = new ClassPathResource(COMMON_PASSWORDS).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("the list of common passwords " + COMMON_PASSWORDS + " is missing", e);
        }
    }
}
