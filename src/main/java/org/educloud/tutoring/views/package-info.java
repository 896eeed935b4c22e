/**
 * What people see of mastery: a student's (or their parent's) mastery map with practice and resources, a
 * teacher's class × knowledge-point heatmap with drill-down to students, and the head teacher's early-warning list.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.tutoring.views;
