/**
 * Guardians and their relation to students: the {@code Guardian} and {@code Guardianship} entities, finding or
 * registering a guardian once per person ({@code GuardianRegister}) and correcting or unlinking one ({@code KeepingGuardians}).
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.guardians;
