/**
 * The demo school day: the bell schedule and both classes' timetables of the two demo schools, a substitute lesson
 * this week, and a week of attendance with one approved leave, so that teachers, parents and admins find their day.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.demo.schoolday;
