/**
 * Attendance: the roll a head teacher or the period's teacher takes for a period or a day (everyone present unless
 * marked absent, late or on leave), parents' leave requests and the head teacher's decision, the same-day notice to
 * parents of an absence without leave, daily attendance rates by class, and chronic absence for other modules.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.schoolday.attendance;
