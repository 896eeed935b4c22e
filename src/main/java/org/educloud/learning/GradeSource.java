package org.educloud.learning;

/** Where a grade column that is not an assignment comes from; the source keeps the truth of its scores. */
public enum GradeSource {
    /** A quiz of the assessment module set to the class. */
    QUIZ,
    /** A line item of an external learning tool (LTI Assignment and Grade Services). */
    LTI
}
