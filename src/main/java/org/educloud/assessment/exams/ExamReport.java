package org.educloud.assessment.exams;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An exam's analysis as one viewer may see it (the {@link Viewer} rules are applied here, in the data, so the page,
 * the workbook and the API show the same): the columns (subjects, then the total), the grade's and each class's
 * figures, the students' lines with their ranks, and the change since the grade's previous exam.
 */
public record ExamReport(ExamView exam, String schoolName, Viewer viewer, List<Column> columns, Group grade,
                         List<Group> classes, List<StudentLine> students, boolean ranksShown,
                         @Nullable ExamView previous, List<Change> changes) {

    /** A subject, or the total (the last column), with its lines. */
    public record Column(String subject, Lines lines, boolean total) {
    }

    /**
     * The figures of a group (the grade, or a class: {@code classId} 0 for the grade), one summary per column.
     * {@code countsOnly}: the small-group rule left only the counts.
     */
    public record Group(long classId, String name, List<ScoreSummary> figures, boolean countsOnly) {
    }

    /** A student's scores (texts, 缺考 for an absentee), total and ranks (null where not shown or not ranked). */
    public record StudentLine(long studentId, String name, long classId, String className, List<String> scores,
                              @Nullable Double total, @Nullable Integer classRank, @Nullable Integer gradeRank) {
    }

    /** A group's score rate (mean ÷ full marks) in a subject or the total, in the previous exam and in this one. */
    public record Change(String group, String subject, @Nullable Double before, @Nullable Double now) {

        public @Nullable Double difference() {
            return before == null || now == null ? null : now - before;
        }
    }

    public boolean anyScores() {
        return grade.figures().stream().anyMatch(s -> s.sat() + s.absent() > 0);
    }
}
