/**
 * Students and staff: their entities and repositories, registering and correcting them with their accounts
 * ({@code RegisteringPeople}, {@code RestoringPeople}, {@code PersonAccounts}), placing them in classes
 * ({@code PlacingPeople}), who follows whose work ({@code Following}), the student and staff queries, and the pages,
 * forms and JSON API for students and staff ({@code RosterPages}, {@code StaffForms}, {@code PeopleApi}).
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.people;
