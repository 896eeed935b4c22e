package org.educloud.learning;

/** What the learning space tells people about, each of which a person may switch off. */
public enum NotificationKind {
    /** A new assignment for the student's class (students and parents). */
    ASSIGNMENT_SET,
    /** An assignment not yet handed in is due within a day (students and parents), sent once. */
    DUE_SOON,
    /** A grade with the teacher's feedback was returned (students and parents). */
    GRADED
}
