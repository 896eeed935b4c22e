package org.educloud.assessment.exams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.learning.AssignmentDetail;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.AssignmentView;
import org.educloud.learning.Assignments;
import org.educloud.learning.Grading;
import org.educloud.learning.StudentWork;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The score analysis of one assignment of a class, from the learning gradebook through learning's facade (the
 * teacher's grading sheet): the same kernels as an exam's, with the assignment's maximum as full marks and the
 * usual 60 % and 85 % lines. A student not graded yet counts apart, as an absentee does in an exam.
 */
@Service
public class AssignmentScores {

    static final double PASS = 0.6;
    static final double EXCELLENT = 0.85;

    private final Assignments assignments;
    private final Grading grading;

    AssignmentScores(Assignments assignments, Grading grading) {
        this.assignments = assignments;
        this.grading = grading;
    }

    /** An assignment's figures, ranks and each student's score, for those who manage it (its teacher, admins). */
    public record Report(AssignmentView assignment, Lines lines, ScoreSummary summary, List<Line> students) {
    }

    /** A student's score (null: not graded yet) and rank among those graded. */
    public record Line(String name, @Nullable Double score, @Nullable Integer rank) {

        public String scoreText() {
            return score == null ? "—" : ScoreCell.number(score);
        }
    }

    public Report report(Scope scope, AssignmentId assignmentId) {
        AssignmentDetail detail = assignments.detail(scope, assignmentId);
        if (!detail.mayManage()) {
            throw new ForbiddenException("assessment.exam.error.readOnly");
        }
        List<StudentWork> sheet = grading.sheet(scope, assignmentId);
        Lines lines = Lines.of(detail.assignment().maxScore().doubleValue(), PASS, EXCELLENT);
        List<@Nullable Double> values = new ArrayList<>();
        Map<Integer, Double> graded = new HashMap<>();
        for (int i = 0; i < sheet.size(); i++) {
            StudentWork work = sheet.get(i);
            Double score = work.grade() == null ? null : work.grade().score().doubleValue();
            values.add(score);
            if (score != null) {
                graded.put(i, score);
            }
        }
        Map<Integer, Integer> ranks = ScoreKernel.ranks(graded);
        List<Line> students = new ArrayList<>();
        for (int i = 0; i < sheet.size(); i++) {
            students.add(new Line(sheet.get(i).studentName(), values.get(i), ranks.get(i)));
        }
        students.sort((a, b) -> a.rank() == null ? (b.rank() == null ? 0 : 1) : b.rank() == null ? -1
                : Integer.compare(a.rank(), b.rank()));
        return new Report(detail.assignment(), lines, ScoreKernel.summarise(values, lines), students);
    }
}
