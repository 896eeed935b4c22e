/**
 * Quizzes: a teacher assembles items from the banks in reach, sets the quiz to classes they teach with an open
 * window, a time limit, attempts and shuffling, and decides when answers and explanations become visible.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.assessment.quizzes;
