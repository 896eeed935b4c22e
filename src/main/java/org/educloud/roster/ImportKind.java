package org.educloud.roster;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a roster import reads: one of a school's own files, or a OneRoster 1.2 CSV zip into a bureau or school. The
 * constant's name is the value kept in {@code roster.import_run.kind}; its lower-case name is its segment in the
 * import pages' URLs, in their message keys ({@code roster.import.title.<segment>}) and in the audit action.
 */
public enum ImportKind {
    STUDENTS, STAFF, CLASSES, GUARDIANS, ENROLMENTS,
    /** A OneRoster 1.2 CSV zip; it has no template and goes into a bureau or school, not one school only. */
    ONEROSTER;

    /** The kind's segment of URLs, message keys and audit actions, e.g. {@code students}. */
    public String segment() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind whose {@link #segment()} this is. */
    public static ImportKind ofSegment(String segment) {
        return Arrays.stream(values()).filter(k -> k.segment().equals(segment)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no import kind " + segment));
    }

    /** Whether the kind is a school's own file with a template to fill in (every kind but OneRoster). */
    public boolean hasTemplate() {
        return this != ONEROSTER;
    }
}
