/**
 * Classes and who is in them: the {@code SchoolClass} entity with its enrolments and teaching assignments, opening
 * classes ({@code OrganisingClasses}), and the class lists, rosters and views that {@code RosterDirectory} answers with.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.classes;
