package org.educloud.identity.passwords;

import java.util.List;

/**
 * The shapes a guesser tries before any list: one or a few characters repeated ({@code a1111111}, {@code ab12ab12})
 * and runs along the keyboard, the digits or the alphabet ({@code 12345678}, {@code qwerty123}, {@code abcd1234}),
 * either way round. Works on the password in lower case.
 */
final class PasswordPatterns {

    /** A run is at least this long; "12" or "ab" inside a password say nothing. */
    private static final int RUN = 3;

    private static final List<String> SEQUENCES = List.of("0123456789", "abcdefghijklmnopqrstuvwxyz",
            "1234567890-=", "!@#$%^&*()_+", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./");

    private PasswordPatterns() {
    }

    /** At most three different characters, or one chunk over and over (the last time perhaps cut short). */
    static boolean repetitive(String password) {
        return password.chars().distinct().count() <= 3 || periodic(password);
    }

    /**
     * Almost all of it is runs of repeated characters or sequences (everything but two characters, or three
     * quarters of a long password), and at least one of the runs is a sequence.
     */
    static boolean sequential(String password) {
        int covered = 0;
        boolean sequence = false;
        int i = 0;
        while (i < password.length()) {
            int repeat = repeatAt(password, i);
            int along = sequenceAt(password, i);
            int run = Math.max(repeat, along);
            if (run >= RUN) {
                covered += run;
                sequence |= along >= RUN;
                i += run;
            } else {
                i++;
            }
        }
        int length = password.length();
        return sequence && (covered >= length - 2 || covered * 4 >= length * 3);
    }

    private static boolean periodic(String password) {
        for (int period = 1; period <= password.length() / 2; period++) {
            if (repeatsWithPeriod(password, period)) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeatsWithPeriod(String password, int period) {
        for (int i = period; i < password.length(); i++) {
            if (password.charAt(i) != password.charAt(i - period)) {
                return false;
            }
        }
        return true;
    }

    private static int repeatAt(String password, int start) {
        int end = start + 1;
        while (end < password.length() && password.charAt(end) == password.charAt(start)) {
            end++;
        }
        return end - start;
    }

    /** The longest run from {@code start} that steps one place at a time, in one direction, along one sequence. */
    private static int sequenceAt(String password, int start) {
        int longest = 1;
        for (String sequence : SEQUENCES) {
            int at = sequence.indexOf(password.charAt(start));
            if (at < 0) {
                continue;
            }
            for (int step : new int[] {1, -1}) {
                int length = 1;
                int position = at;
                while (start + length < password.length()) {
                    position += step;
                    if (position < 0 || position >= sequence.length()
                            || sequence.charAt(position) != password.charAt(start + length)) {
                        break;
                    }
                    length++;
                }
                longest = Math.max(longest, length);
            }
        }
        return longest;
    }
}
