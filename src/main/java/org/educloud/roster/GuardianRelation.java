package org.educloud.roster;

/** How a guardian is related to the student. */
public enum GuardianRelation {
    FATHER, MOTHER, GRANDPARENT, OTHER;

    /** Whether the guardian is a parent: OneRoster's role {@code parent} rather than {@code guardian}. */
    public boolean isParent() {
        return this == FATHER || this == MOTHER;
    }
}
