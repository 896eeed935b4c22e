package org.educloud.development.evidence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.QuizPractice;
import org.educloud.development.frameworks.EvidenceKind;
import org.educloud.learning.TeachingRecord;
import org.educloud.library.TeacherContributions;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Service;

/**
 * Reads what the platform knows of one teacher's practice at their school in a period, once per page, and words
 * each kind of evidence: the library, the learning space and assessment through their facades, and the item-analysis
 * openings assessment announced, kept in this module. Upstream facades check that the caller is the teacher or administers the school.
 */
@Service
public class PlatformEvidence {

    private final TeacherContributions library;
    private final TeachingRecord learning;
    private final QuizPractice assessment;
    private final AnalysisOpeningLog openings;

    PlatformEvidence(TeacherContributions library, TeachingRecord learning, QuizPractice assessment,
                     AnalysisOpeningLog openings) {
        this.library = library;
        this.learning = learning;
        this.assessment = assessment;
        this.openings = openings;
    }

    public Map<EvidenceKind, EvidenceLine> of(Scope scope, UserId teacher, OrgPath school, java.time.Instant from,
                                              java.time.Instant to) {
        TeacherContributions.Contributions c = library.of(scope, teacher, school, from, to);
        TeachingRecord.TeachingFigures t = learning.of(scope, teacher, school, from, to);
        QuizPractice.Figures q = assessment.of(scope, teacher, school, from, to);
        // asked after the facades above, which refuse a caller who is neither the teacher nor the school's admin
        long analysed = openings.quizzesOpened(teacher, school, from, to);
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
        lines.put(EvidenceKind.QUIZZES_SET, line(EvidenceKind.QUIZZES_SET, q.quizzesSet() > 0, q.quizzesSet(),
                q.classesReached()));
        lines.put(EvidenceKind.ITEM_ANALYSIS_OPENED, line(EvidenceKind.ITEM_ANALYSIS_OPENED, analysed > 0, analysed));
        return lines;
    }

    private static EvidenceLine line(EvidenceKind kind, boolean any, Object... figures) {
        return new EvidenceLine(kind, "development.evidenceLine." + kind, List.of(figures), any);
    }
}
