package org.educloud.learning;

import org.educloud.roster.ClassId;
import org.jspecify.annotations.Nullable;

/**
 * One class's assignments due in a period: how many were set, how many students handed in and how many hand-ins
 * were graded, and the mean of its students' returned grades (each student's mean share of the maximum, 0–1) with
 * how many students it is over; null when none was returned.
 */
public record ClassWork(ClassId classId, long assignments, long submitted, long graded, long gradedStudents,
                        @Nullable Double meanShare) {
}
