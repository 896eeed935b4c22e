package org.educloud.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a password must be: long enough, mixing letters and digits, not the username and not one of the
 * passwords every attacker tries first. Returns message keys, so the page explains each problem.
 */
@Component
class PasswordPolicy {

    private static final Set<String> COMMON = Set.of("password", "password1", "12345678", "123456789",
            "1234567890", "qwerty123", "abc12345", "11111111", "88888888", "a1234567", "aa123456", "iloveyou1",
            "woaini1314", "qq123456", "admin123", "1qaz2wsx", "password123", "p@ssw0rd");

    private final int minLength;

    PasswordPolicy(IdentityProperties properties) {
        this.minLength = properties.minPasswordLength();
    }

    List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password.length() < minLength) {
            problems.add("identity.password.tooShort");
        }
        if (password.length() > 128) {
            problems.add("identity.password.tooLong");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            problems.add("identity.password.lettersAndDigits");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            problems.add("identity.password.common");
        }
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("identity.password.containsUsername");
        }
        return problems;
    }

    int minLength() {
        return minLength;
    }
}
