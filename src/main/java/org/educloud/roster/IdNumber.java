package org.educloud.roster;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The 18-character resident identity number (GB 11643-1999): region, birth date, sequence and a check character. */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumber() {
    }

    public static boolean isValid(String value) {
        if (value.length() != 18 || !value.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(value.charAt(17)) == CHECK[sum % 11] && birthDate(value).isPresent();
    }

    public static Optional<LocalDate> birthDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The check character that completes 17 digits: for generating valid test and demo numbers. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
