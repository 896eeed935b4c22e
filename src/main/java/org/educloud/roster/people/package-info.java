/**
 * Students and staff: their entities and repositories, registering and correcting them with their accounts
 * ({@code RegisteringPeople}, {@code RestoringPeople}, {@code PersonAccounts}), placing them in classes
 * ({@code PlacingPeople}), who follows whose work ({@code Following}), the student and staff queries, and the roster's
 * pages and forms for students and staff (with the class and guardian forms reached from them) and its JSON API.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.people;
