package org.educloud.development.programmes;

/** Where a participant's hand-in of a task stands: waiting for review, accepted (counts), or returned to redo. */
public enum TaskStatus {
    SUBMITTED, ACCEPTED, RETURNED
}
