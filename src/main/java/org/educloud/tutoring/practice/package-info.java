/**
 * Personalised practice: the next item on a knowledge point at a difficulty that fits the student's mastery,
 * marked at once with the answer and explanation, until mastery is reached; the knowledge point to practise next
 * (the weakest whose earlier knowledge points in the catalogue are mastered); and library resources on it.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.tutoring.practice;
