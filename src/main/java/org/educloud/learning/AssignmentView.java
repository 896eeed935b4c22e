package org.educloud.learning;

import java.math.BigDecimal;
import java.time.Instant;
import org.educloud.roster.ClassId;

/**
 * An assignment as lists show it, with how far its class has got: submitted (students with at least one attempt),
 * graded and released out of the class's students.
 */
public record AssignmentView(AssignmentId id, ClassId classId, String className, String title, String teacherName,
                             Instant opensAt, Instant dueAt, BigDecimal maxScore, LatePolicy latePolicy,
                             AssignmentStatus status, int students, int submitted, int graded, int released) {

    public int waiting() {
        return submitted - graded;
    }
}
