/**
 * Files crossing the learning space's edges: uploads read and checked by the library's storage before the transaction
 * that records them, and downloads answered with their name and type, for the assignment, submission and grading
 * pages.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.learning.files;
