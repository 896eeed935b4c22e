/**
 * Each role's home page after sign-in (teacher, student, school and bureau administrators, reviewers): what to do
 * next, composed from the other modules' facades, such as the administrators' to-dos and the county balance status.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.portal.homes;
