/**
 * The learning-space activity of the schools and classes under an admin's paths (assignments set, work handed in and
 * graded), for the admin's activity page.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.learning.activity;
