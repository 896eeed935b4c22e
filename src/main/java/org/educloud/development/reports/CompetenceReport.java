package org.educloud.development.reports;

import java.util.List;
import org.educloud.development.frameworks.FrameworkTree;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;

/**
 * A school's or bureau's teachers against one framework in one school year. A teacher's level on a dimension is the
 * mean of their ratings on its indicators. Any group (the node itself, a school, a locality) with fewer assessed
 * teachers than {@link #SMALLEST_GROUP} shows its counts only, never its levels, so that no teacher's self-rating can
 * be read off a report. A school's report names its assessed teachers too, for its administrators to open and review
 * each one (which they may anyway).
 */
public record CompetenceReport(OrgNodeView node, FrameworkTree tree, String period, long teachers, long assessed,
                               @Nullable Double mean, @Nullable Double previousMean, List<DimensionSpread> dimensions,
                               List<GroupLine> schools, List<GroupLine> localities, List<Unassessed> unassessed,
                               List<Unassessed> assessedTeachers, @Nullable Double schoolGini) {

    /** Groups of fewer assessed teachers than this show no levels. */
    public static final int SMALLEST_GROUP = 3;

    /** How many assessed teachers sit at each level (their mean rounded) on one dimension, and the mean itself. */
    public record DimensionSpread(FrameworkTree.Node dimension, List<Long> teachersByLevel, @Nullable Double mean,
                                  boolean suppressed) {
    }

    /** A school or a locality: head counts always, levels only when not suppressed. */
    public record GroupLine(String name, @Nullable Long schoolId, @Nullable Locality locality, long teachers,
                            long assessed, @Nullable Double mean, List<@Nullable Double> dimensionMeans,
                            boolean suppressed) {
    }

    public record Unassessed(long account, String name, String school) {
    }

    public boolean suppressed() {
        return assessed < SMALLEST_GROUP;
    }

    public @Nullable Double change() {
        return mean == null || previousMean == null ? null : mean - previousMean;
    }
}
