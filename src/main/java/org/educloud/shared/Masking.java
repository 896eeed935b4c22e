package org.educloud.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Masks personal data in lists and exports for roles that do not need it in full. */
public final class Masking {

    /**
     * What a phone number (11 digits) or an ID number (15 or 18 characters, the last perhaps X) looks like inside
     * free text such as a username, a file name or a login someone typed: 11 digits or more in a row.
     */
    private static final Pattern PERSONAL_NUMBER = Pattern.compile("[0-9]{11,}[Xx]?");

    private Masking() {
    }

    /** {@code 13812345678} becomes {@code 138****5678}. */
    public static @Nullable String phone(@Nullable String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** An 18-character ID number keeps its first 6 (region) and last 4 characters. */
    public static @Nullable String idNumber(@Nullable String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return idNumber == null ? null : "****";
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    /**
     * The national student number (G + the ID number, usually) keeps its letter and is masked as the ID number is:
     * {@code G11010519491231002X} becomes {@code G110105********002X}; a short school number such as {@code 20230101}
     * becomes {@code 2****}.
     */
    public static @Nullable String studentNumber(@Nullable String studentNumber) {
        if (studentNumber == null || studentNumber.isEmpty()) {
            return studentNumber;
        }
        return studentNumber.charAt(0) + idNumber(studentNumber.substring(1));
    }

    /** {@code zhang.wei@example.cn} becomes {@code z***@example.cn}. */
    public static @Nullable String email(@Nullable String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "****" : email.charAt(0) + "***" + email.substring(at);
    }

    /** Whether the text carries what looks like a phone or ID number (11 or more digits in a row). */
    public static boolean embedsPersonalNumber(@Nullable String text) {
        return text != null && PERSONAL_NUMBER.matcher(text).find();
    }

    /**
     * The text with every phone or ID number in it masked as {@link #phone} and {@link #idNumber} mask them, so
     * {@code G11010519491231002X} becomes {@code G110105********002X}.
     */
    public static @Nullable String personalNumbers(@Nullable String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = PERSONAL_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String number = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(number.length() == 11 ? phone(number)
                    : idNumber(number)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
