package org.educloud.shared;

import org.jspecify.annotations.Nullable;

/** Masks personal data in lists and exports for roles that do not need it in full. */
public final class Masking {

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

    /** {@code zhang.wei@example.cn} becomes {@code z***@example.cn}. */
    public static @Nullable String email(@Nullable String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "****" : email.charAt(0) + "***" + email.substring(at);
    }
}
