/**
 * The early-warning list with its reasons per student (falling mastery, no practice, assignments past due without
 * a submission, quizzes closed without an attempt) and the weekly notice to the class's teachers and the student's
 * parents, sent once per student, reason and ISO week across nodes.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.tutoring.warnings;
