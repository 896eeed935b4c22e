package org.educloud.roster.oneroster;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of objects EduCloud names by a sourcedId of its own, and the prefix of that sourcedId: the one place
 * the CSV import, the CSV export and the REST binding take them from. The kinds an import links to the source's
 * sourcedIds also have the one-letter code the links are kept under ({@code roster.oneroster_link.kind}).
 * Prefixes and codes are stored and sent, so they never change.
 */
public enum OneRosterObject {
    STUDENT('S', "user-s-"),
    STAFF('F', "user-t-"),
    GUARDIAN('G', "user-g-"),
    CLASS('C', "class-"),
    TERM('T', "term-"),
    ENROLMENT('E', "enr-"),
    /** A head teacher's enrolment in their class, one per class. */
    HEAD_TEACHER_ENROLMENT(null, "enr-h-"),
    /** A teacher's enrolment in a class they teach, one per teaching assignment. */
    TEACHING_ENROLMENT(null, "enr-t-"),
    /** A bureau or school: a tenancy node, always under EduCloud's id. */
    ORG(null, "org-"),
    /** A school year, named by the year itself ({@code sy-2025-2026}). */
    SCHOOL_YEAR(null, "sy-"),
    /** A grade of a school in a school year ({@code course-<school>-<year>-g<grade>}). */
    COURSE(null, "course-"),
    /** The roles.csv row of a student's one role. */
    STUDENT_ROLE(null, "role-s-"),
    /** The roles.csv row of a staff member's one role. */
    STAFF_ROLE(null, "role-t-"),
    /** The roles.csv row of a guardian's role (parent or guardian). */
    GUARDIAN_ROLE(null, "role-g-");

    private final @Nullable Character code;
    private final String prefix;

    OneRosterObject(@Nullable Character code, String prefix) {
        // A prefix is written into SQL as a literal and into patterns: nothing but lower-case letters and dashes.
        if (!prefix.matches("[a-z-]+")) {
            throw new IllegalArgumentException("unsafe sourcedId prefix " + prefix);
        }
        this.code = code;
        this.prefix = prefix;
    }

    /** The code the import's links keep this kind under; only the kinds an import links have one. */
    public char code() {
        if (code == null) {
            throw new IllegalStateException(name() + " is not kept in the import's links");
        }
        return code;
    }

    /** The code as {@code roster.oneroster_link.kind} keeps it, to bind in SQL. */
    public String linkKind() {
        return String.valueOf(code());
    }

    public String prefix() {
        return prefix;
    }

    /** EduCloud's own sourcedId of a row no source named. */
    public String ownSourcedId(long id) {
        return prefix + id;
    }

    public static OneRosterObject ofCode(char code) {
        for (OneRosterObject kind : values()) {
            if (kind.code != null && kind.code == code) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no OneRoster object kind " + code);
    }
}
