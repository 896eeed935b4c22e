package org.educloud.identity.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.educloud.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Usernames EduCloud makes up for the people a school registers or imports: a letter for the role, the year the
 * account was made and six random characters, e.g. {@code s26k7q4mx}. Nothing in them comes from the person (the
 * national student number used to be the username, and it is the ID number), they fit on an activation slip,
 * and being random rather than counted they cannot be walked through to lock a school's accounts one by one.
 */
@Component
public class LoginNames {

    /** No 0/o, 1/i/l: the names are read off paper slips by children; lower case because logins ignore case. */
    private static final char[] ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz".toCharArray();
    static final int RANDOM_LENGTH = 6;

    private final SecureRandom random = new SecureRandom();
    private final AccountRepository accounts;
    private final Clock clock;

    LoginNames(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** {@code count} usernames no account has, all different; 31⁶ names per role and year make a clash rare. */
    public List<String> fresh(Role role, int count) {
        String prefix = prefix(role) + String.format("%02d", Year.now(clock).getValue() % 100);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            Set<String> candidates = new LinkedHashSet<>();
            while (candidates.size() + names.size() < count) {
                String candidate = prefix + randomPart();
                if (!names.contains(candidate)) {
                    candidates.add(candidate);
                }
            }
            // Retired names all carry a phone or ID number, which these never do: only accounts can clash.
            Set<String> taken = Set.copyOf(accounts.takenUsernames(candidates));
            candidates.stream().filter(c -> !taken.contains(c)).forEach(names::add);
        }
        return List.copyOf(names);
    }

    private String randomPart() {
        StringBuilder out = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            out.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }

    static String prefix(Role role) {
        return switch (role) {
            case STUDENT -> "s";
            case PARENT -> "p";
            case TEACHER -> "t";
            default -> "u";
        };
    }
}
