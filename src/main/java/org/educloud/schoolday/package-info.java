/**
 * The school day: bell schedules, class timetables with their changes for a date (调课/代课), and attendance taken per period or day with parents' leave requests.
 */
@org.springframework.modulith.ApplicationModule(displayName = "School day",
        allowedDependencies = {"shared", "tenancy", "identity", "roster", "learning"})
@org.jspecify.annotations.NullMarked
package org.educloud.schoolday;
