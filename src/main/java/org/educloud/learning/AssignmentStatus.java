package org.educloud.learning;

/** A draft is the teacher's alone; once published the class sees it from its opening time. */
public enum AssignmentStatus {
    DRAFT, PUBLISHED
}
