package org.educloud.roster;

/** 性别. */
public enum Gender {
    MALE, FEMALE
}
