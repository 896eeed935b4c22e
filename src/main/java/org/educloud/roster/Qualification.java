package org.educloud.roster;

/** The highest degree a staff member holds (学历), lowest first. */
public enum Qualification {
    HIGH_SCHOOL, SECONDARY_VOCATIONAL, JUNIOR_COLLEGE, BACHELOR, MASTER, DOCTOR
}
