/**
 * Ticket reports for bureaus and their operations staff: tickets by kind and status, mean time to repair, and SLA
 * attainment by school and by locality (urban, town, rural) over a bounded period, each one grouped query over the
 * caller's part of the org tree.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.maintenance.reports;
