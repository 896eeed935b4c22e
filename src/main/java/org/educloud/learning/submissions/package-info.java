/**
 * Students' attempts as stored (text, files, the form token that makes a repeated click one attempt), the named
 * submission policies a hand-in must meet before it is recorded (SubmissionPolicy, judging a HandIn), and the pages
 * and JSON endpoints where work is handed in and graded.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.learning.submissions;
