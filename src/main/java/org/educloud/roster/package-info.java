/**
 * The management platform's master data: terms, classes, students, staff, guardians, enrolments and teaching
 * assignments of every school, with the accounts that go with each person. Other modules ask
 * {@link org.educloud.roster.RosterDirectory} who is in which class; every answer is limited to the caller's scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roster (people and classes)",
        allowedDependencies = {"shared", "tenancy", "identity"})
@org.jspecify.annotations.NullMarked
package org.educloud.roster;
