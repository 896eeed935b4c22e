package org.educloud.learning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A teacher-learner's progress in a course: lessons in it, those they marked learnt, when they completed it. */
public record LearnerProgress(CourseId course, int lessons, int done, @Nullable Instant completedAt) {

    public boolean completed() {
        return completedAt != null;
    }
}
