package org.educloud.development.evidence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.educloud.development.frameworks.EvidenceKind;
import org.educloud.learning.TeachingRecord;
import org.educloud.library.TeacherContributions;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Service;

/**
 * Reads what the platform knows of one teacher's practice at their school in a period, once per page, and words
 * each kind of evidence. Upstream facades check that the caller is the teacher or administers the school.
 */
@Service
public class PlatformEvidence {

    private final TeacherContributions library;
    private final TeachingRecord learning;

    PlatformEvidence(TeacherContributions library, TeachingRecord learning) {
        this.library = library;
        this.learning = learning;
    }

    public Map<EvidenceKind, EvidenceLine> of(Scope scope, UserId teacher, OrgPath school, java.time.Instant from,
                                              java.time.Instant to) {
        TeacherContributions.Contributions c = library.of(scope, teacher, school, from, to);
        TeachingRecord.TeachingFigures t = learning.of(scope, teacher, school, from, to);
        Map<EvidenceKind, EvidenceLine> lines = new EnumMap<>(EvidenceKind.class);
        lines.put(EvidenceKind.RESOURCES_CONTRIBUTED, line(EvidenceKind.RESOURCES_CONTRIBUTED, c.authored() > 0,
                c.authored()));
        lines.put(EvidenceKind.RESOURCES_REVIEWED, line(EvidenceKind.RESOURCES_REVIEWED,
                c.published() + c.rejected() + c.inReview() > 0, c.published(), c.rejected(), c.inReview()));
        lines.put(EvidenceKind.CLASS_PUSHES, line(EvidenceKind.CLASS_PUSHES, c.pushes() > 0, c.pushes(),
                c.pushedClasses()));
        lines.put(EvidenceKind.COURSES_BUILT, line(EvidenceKind.COURSES_BUILT, t.courses() > 0, t.courses(),
                t.publishedCourses()));
        lines.put(EvidenceKind.COURSES_SHARED, line(EvidenceKind.COURSES_SHARED, t.sharedCourses() > 0,
                t.sharedCourses()));
        lines.put(EvidenceKind.ASSIGNMENTS_SET, line(EvidenceKind.ASSIGNMENTS_SET, t.assignmentsSet() > 0,
                t.assignmentsSet()));
        Double hours = t.medianHoursToGrade();
        lines.put(EvidenceKind.GRADING_TURNAROUND, hours == null
                ? new EvidenceLine(EvidenceKind.GRADING_TURNAROUND, "development.evidenceLine.GRADING_TURNAROUND.none",
                        List.of(), false)
                : line(EvidenceKind.GRADING_TURNAROUND, true, t.graded(), Math.round(hours * 10) / 10.0));
        return lines;
    }

    private static EvidenceLine line(EvidenceKind kind, boolean any, Object... figures) {
        return new EvidenceLine(kind, "development.evidenceLine." + kind, List.of(figures), any);
    }
}
