/**
 * The management platform's master data: terms, classes, students, staff, guardians, enrolments and teaching
 * assignments of every school, with the accounts that go with each person. Other modules ask
 * {@link org.educloud.roster.RosterDirectory} who is in which class; every answer is limited to the caller's scope.
 *
 * <p>This package is the module's API only: the facades other modules and the roster's own pages call
 * ({@code RosterDirectory}, {@code RosterManagement}, {@code RosterImports}) and the records and enums in their
 * signatures. The work is done in vertical slices beside it: {@code people} (students, staff, registering, placing,
 * accounts, following, and the roster's pages and API), {@code classes} (classes, enrolments, teaching assignments),
 * {@code guardians}, {@code terms}, {@code schools} (terms and head counts of a school or subtree), {@code reach}
 * (what a caller may see and change), {@code imports} (the CSV/XLSX imports and the record of every run),
 * {@code oneroster} (the OneRoster 1.2 CSV file sets and REST binding), {@code promotion}, {@code transfers},
 * {@code slips} (activation slips) and {@code exports}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roster (people and classes)",
        allowedDependencies = {"shared", "tenancy", "identity"})
@org.jspecify.annotations.NullMarked
package org.educloud.roster;
