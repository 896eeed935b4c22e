/**
 * Transfers of students between schools: the {@code Transfer} record and the service that moves a student and closes
 * their enrolments, and the form on a student's page that starts one ({@code TransferForms}).
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.transfers;
