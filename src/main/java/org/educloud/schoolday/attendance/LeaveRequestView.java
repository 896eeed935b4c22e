package org.educloud.schoolday.attendance;

import java.time.LocalDate;

/** A leave request (请假) as the parent and the head teacher see it. */
public record LeaveRequestView(long id, long classId, long studentId, String studentName, LocalDate firstDay,
                               LocalDate lastDay, String reason, String status) {
}
