/**
 * Students' attempts: starting within the window, every answer saved as given (idempotent, newest wins), the time
 * limit enforced by the server, scoring at submission, the teacher's grading of subjective answers, and results.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.assessment.attempts;
