package org.educloud.development.assessments;

import java.time.Instant;
import java.util.Map;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;

/** One teacher's self-assessment of one period against one framework, with its ratings by indicator element id. */
public record StoredAssessment(long id, long frameworkId, long teacherAccount, String teacherName, long schoolId,
                               OrgPath schoolPath, String period, Instant submittedAt, @Nullable String reviewerName,
                               @Nullable String reviewNote, @Nullable Instant reviewedAt, Map<Long, Rating> ratings) {

    public StoredAssessment {
        ratings = Map.copyOf(ratings);
    }

    public boolean reviewed() {
        return reviewedAt != null;
    }
}
