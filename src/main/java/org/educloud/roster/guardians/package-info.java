/**
 * Guardians and their relation to students: the {@code Guardian} and {@code Guardianship} entities, finding or
 * registering a guardian once per person ({@code GuardianRegister}), correcting or unlinking one ({@code KeepingGuardians}),
 * and the forms on a student's page that do so ({@code GuardianForms}).
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.guardians;
