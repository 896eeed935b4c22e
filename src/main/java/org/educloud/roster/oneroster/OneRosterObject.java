package org.educloud.roster.oneroster;

/**
 * The kinds of roster rows that travel as OneRoster objects under a sourcedId: the prefix of the sourcedId EduCloud
 * gives them when no source gave one, and the one-letter code the import's sourcedId links keep them under
 * ({@code roster.oneroster_link.kind}).
 */
public enum OneRosterObject {
    STUDENT('S', "user-s-"),
    STAFF('F', "user-t-"),
    GUARDIAN('G', "user-g-"),
    CLASS('C', "class-"),
    TERM('T', "term-"),
    ENROLMENT('E', "enr-");

    private final char code;
    private final String prefix;

    OneRosterObject(char code, String prefix) {
        this.code = code;
        this.prefix = prefix;
    }

    public char code() {
        return code;
    }

    /** The code as {@code roster.oneroster_link.kind} keeps it, to bind in SQL. */
    public String linkKind() {
        return String.valueOf(code);
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
            if (kind.code == code) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no OneRoster object kind " + code);
    }
}
