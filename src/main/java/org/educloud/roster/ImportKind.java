package org.educloud.roster;

/** What a roster file holds. */
public enum ImportKind {
    STUDENTS, STAFF, CLASSES, GUARDIANS, ENROLMENTS
}
