package org.educloud.assessment.quizzes;

/** When a student may see the correct answers and explanations of a quiz they took. */
@org.springframework.modulith.NamedInterface("quizzes")
public enum AnswersVisible {
    /** As soon as their own attempt is submitted. */
    AFTER_SUBMIT,
    /** Once the quiz has closed for their class, so classmates still taking it learn nothing. */
    AFTER_CLOSE,
    /** Never: the score only (an exam whose items are used again). */
    NEVER
}
