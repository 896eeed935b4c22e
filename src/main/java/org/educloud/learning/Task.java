package org.educloud.learning;

import java.math.BigDecimal;
import java.time.Instant;
import org.educloud.roster.StudentId;
import org.jspecify.annotations.Nullable;

/** An assignment from one student's side, for their task list and their parents'. */
public record Task(AssignmentView assignment, StudentId studentId, String studentName, State state,
                   @Nullable Instant submittedAt, @Nullable BigDecimal score) {

    /** Still to be handed in, due or overdue. */
    public boolean open() {
        return state == State.TO_DO || state == State.OVERDUE;
    }

    public enum State {
        /** Not handed in, and the due time has not passed. */
        TO_DO,
        /** Not handed in, and the due time has passed. */
        OVERDUE,
        SUBMITTED,
        SUBMITTED_LATE,
        /** Graded and released. */
        GRADED
    }
}
