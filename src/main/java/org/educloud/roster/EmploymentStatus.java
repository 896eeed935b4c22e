package org.educloud.roster;

/** Whether a staff member currently works at the school. */
public enum EmploymentStatus {
    EMPLOYED, ON_LEAVE, LEFT
}
