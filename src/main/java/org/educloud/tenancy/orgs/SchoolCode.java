package org.educloud.tenancy.orgs;

import java.util.regex.Pattern;

/** 学校标识码: the national school identification code, exactly ten digits. */
public record SchoolCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{10}");

    public SchoolCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("A school code has exactly 10 digits");
        }
    }

    public static boolean isValid(String value) {
        return FORMAT.matcher(value).matches();
    }
}
