package org.educloud.learning;

import java.time.Instant;
import java.time.LocalDate;
import org.educloud.roster.ClassId;

/** An assignment set in a timetable period: the day it opens, the period's position that day, and when it is due. */
public record PeriodWork(AssignmentId assignmentId, ClassId classId, String title, LocalDate date, int position,
                         Instant dueAt, boolean published) {
}
