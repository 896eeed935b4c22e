/**
 * The demo learning: courses, assignments and submissions of the demo classes.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.courses;
