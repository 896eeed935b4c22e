package org.educloud.learning.assignments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.AssignmentStatus;
import org.educloud.learning.LatePolicy;
import org.educloud.learning.Rubric;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/** An assignment as stored: the rules of access and submission read it, views are made from it. */
public record AssignmentRow(long id, OrgId schoolId, OrgPath schoolPath, long classId, String className,
                     long teacherAccount, String teacherName, String title, String instructions, Instant opensAt,
                     Instant dueAt, BigDecimal maxScore, LatePolicy latePolicy, boolean textAllowed,
                     boolean filesAllowed, List<String> fileTypes, int maxFileMb, boolean resubmission,
                     @Nullable Rubric rubric, AssignmentStatus status, @Nullable Instant publishedAt,
                     @Nullable Long lessonId) {

    /** The id as other modules and the learning space's API know it. */
    public AssignmentId assignmentId() {
        return AssignmentId.of(id);
    }

    public boolean published() {
        return status == AssignmentStatus.PUBLISHED;
    }

    public boolean open(Instant now) {
        return published() && !opensAt.isAfter(now);
    }

    public boolean overdue(Instant now) {
        return now.isAfter(dueAt);
    }
}
