package org.educloud.learning;

import java.time.Instant;
import java.time.LocalDate;

/** An assignment set in a timetable period: the day it opens, the period's position that day, and when it is due. */
public record PeriodWork(AssignmentId assignmentId, long classId, String title, LocalDate date, int position,
                         Instant dueAt, boolean published) {
}
