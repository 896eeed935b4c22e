package org.educloud.development.assessments;

import java.util.List;
import java.util.Map;
import org.educloud.development.evidence.EvidenceLine;
import org.educloud.development.frameworks.Framework;
import org.educloud.development.frameworks.FrameworkTree;
import org.jspecify.annotations.Nullable;

/**
 * A self-assessment page: the framework, the period, what was rated (if anything), the platform's evidence beside
 * each indicator (by element id), and what the reader may do — rate (the teacher, this year, before a review) or
 * review (an administrator of the teacher's school who is not the teacher).
 */
public record AssessmentSheet(FrameworkTree tree, List<Framework> frameworks, String period, List<String> periods,
                              long teacherAccount, String teacherName, @Nullable StoredAssessment assessment,
                              Map<Long, List<EvidenceLine>> evidence, boolean editable, boolean reviewable) {

    public @Nullable Rating rating(long indicator) {
        return assessment == null ? null : assessment.ratings().get(indicator);
    }
}
