package org.educloud.learning;

/** What happens to work handed in after the due time. */
public enum LatePolicy {
    /** Accepted as if on time. */
    ACCEPT,
    /** Accepted, and marked late for the teacher and the gradebook. */
    ACCEPT_MARKED,
    /** Refused: the assignment is closed at the due time. */
    REJECT
}
