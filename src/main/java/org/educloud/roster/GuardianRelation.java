package org.educloud.roster;

/** How a guardian is related to the student. */
public enum GuardianRelation {
    FATHER, MOTHER, GRANDPARENT, OTHER
}
