package org.educloud.roster;

/** A student's enrolment status (学籍状态). */
public enum StudentStatus {
    ENROLLED, TRANSFERRED_OUT, GRADUATED, SUSPENDED
}
