/**
 * Transfers of students between schools: the {@code Transfer} record and the service that moves a student and closes
 * their enrolments.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.transfers;
