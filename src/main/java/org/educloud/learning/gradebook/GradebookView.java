package org.educloud.learning.gradebook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.educloud.learning.AssignmentView;
import org.educloud.learning.GradeSource;
import org.educloud.roster.SchoolClassView;
import org.jspecify.annotations.Nullable;

/**
 * A class's students × its published assignments, then the columns other sources put in it (quizzes, later LTI
 * tools). Averages are percentages of the maximum score, over the grades given in both; a missing piece of work
 * (overdue, nothing handed in or taken) is marked, not counted as zero.
 */
public record GradebookView(SchoolClassView schoolClass, List<AssignmentView> assignments, List<Line> lines,
                            List<@Nullable BigDecimal> assignmentAverages, List<Column> columns,
                            List<@Nullable BigDecimal> columnAverages) {

    /** One student's line: a cell per assignment, then one per column from another source. */
    public record Line(long studentId, String studentName, List<Cell> cells, List<Cell> columnCells,
                       @Nullable BigDecimal average) {
    }

    /** A column another source put in the gradebook: a quiz, an LTI tool's line item. */
    public record Column(long id, GradeSource source, String title, BigDecimal maxScore, @Nullable Instant dueAt,
                         @Nullable String link) {
    }

    public boolean empty() {
        return assignments.isEmpty() && columns.isEmpty();
    }

    /** One student at one assignment. */
    public record Cell(@Nullable BigDecimal score, boolean released, boolean submitted, boolean late,
                       boolean missing) {
    }
}
