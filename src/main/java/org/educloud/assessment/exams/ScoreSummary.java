package org.educloud.assessment.exams;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a group's scores in one subject or the total. Absentees are counted apart ({@code absent}) and
 * never in a figure: every rate is out of those who sat. With nobody sitting every figure is null (shown "—").
 * The standard deviation is the population one (of the group itself, as school score reports give it).
 */
public record ScoreSummary(int sat, int absent, @Nullable Double mean, @Nullable Double median,
                           @Nullable Double highest, @Nullable Double lowest, @Nullable Double standardDeviation,
                           @Nullable Double passRate, @Nullable Double excellentRate, int passed, int excellent,
                           List<Band> bands) {

    public boolean empty() {
        return sat == 0;
    }

    /** Mean as a share of full marks (得分率), what compares exams with different full marks. */
    public @Nullable Double scoreRate(Lines lines) {
        return mean == null ? null : mean / lines.fullMarks();
    }
}
