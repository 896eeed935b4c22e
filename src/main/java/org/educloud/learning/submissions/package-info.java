/**
 * Students' attempts as stored (text, files, the form token that makes a repeated click one attempt) and the pages
 * where work is handed in and graded.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.learning.submissions;
