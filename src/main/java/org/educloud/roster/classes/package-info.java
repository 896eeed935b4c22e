/**
 * Classes and who is in them: the {@code SchoolClass} entity with its enrolments and teaching assignments, opening
 * classes ({@code OrganisingClasses}), the class lists, rosters and views that {@code RosterDirectory} answers with, and
 * the class list and class roster pages, the form that opens a class ({@code ClassForms}) and the classes' JSON API
 * ({@code ClassesApi}).
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.classes;
