package org.educloud.learning.gradebook;

import java.math.BigDecimal;
import java.util.List;
import org.educloud.learning.AssignmentView;
import org.educloud.roster.SchoolClassView;
import org.jspecify.annotations.Nullable;

/**
 * A class's students × its published assignments. Averages are percentages of the maximum score, over the grades
 * given; a missing piece of work (overdue, nothing handed in) is marked, not counted as zero.
 */
public record GradebookView(SchoolClassView schoolClass, List<AssignmentView> assignments, List<Line> lines,
                            List<@Nullable BigDecimal> assignmentAverages) {

    /** One student's line. */
    public record Line(long studentId, String studentName, List<Cell> cells, @Nullable BigDecimal average) {
    }

    /** One student at one assignment. */
    public record Cell(@Nullable BigDecimal score, boolean released, boolean submitted, boolean late,
                       boolean missing) {
    }
}
