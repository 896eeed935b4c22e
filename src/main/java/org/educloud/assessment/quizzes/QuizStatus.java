package org.educloud.assessment.quizzes;

/** A quiz is drafted (items still change) and then published to classes (items fixed). */
public enum QuizStatus {
    DRAFT, PUBLISHED
}
