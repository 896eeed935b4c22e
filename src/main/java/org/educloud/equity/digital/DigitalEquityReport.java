package org.educloud.equity.digital;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.educloud.shared.OrgId;
import org.educloud.tenancy.Locality;
import org.jspecify.annotations.Nullable;

/**
 * How evenly digital resources and the learning space reach the schools of a district or region over a period:
 * each school's figures, and for each measure the Gini, Theil T (within and between localities), Theil L, the
 * rural/urban parity index and the Lorenz curve; outcomes (returned grades) by locality and by the equity
 * attributes of students, with groups under {@link #SMALLEST_GROUP} students shown as suppressed; and the monthly
 * rural/urban parity of resource use.
 */
public record DigitalEquityReport(OrgId org, String orgName, LocalDate from, LocalDate to, List<SchoolLine> schools,
                                  Map<DigitalMeasure, Spread> measures, List<GroupOutcome> outcomes,
                                  List<MonthParity> trend) {

    /** Groups of fewer students than this are not shown, so no child can be singled out. */
    public static final int SMALLEST_GROUP = 10;

    /** A per-school value is null when its head count is 0: not measurable, not zero. */
    public record SchoolLine(OrgId school, String name, Locality locality, long students, long teachers, long uses,
                             long studentDays, long uploads, long pushes, @Nullable Double usesPerStudent,
                             @Nullable Double activeDaysPerStudent, @Nullable Double uploadsPerTeacher,
                             @Nullable Double pushesPerTeacher, @Nullable Double submissionRate,
                             @Nullable Double gradingRate) {
    }

    /** One measure across the schools that have it. */
    public record Spread(int schools, Disparity disparity, ParityIndex ruralUrban, LorenzCurve lorenz) {

        /** The share of Theil T that lies between localities (urban, town, rural) rather than within them. */
        public @Nullable Double betweenShare() {
            Double t = disparity.theilT();
            Double between = disparity.theilBetween();
            return t == null || between == null || t == 0 ? null : between / t;
        }
    }

    /**
     * The mean returned grade, as a percentage of the maximum, of a group of students; {@code meanPercent} is null
     * when the group is smaller than {@link #SMALLEST_GROUP} (then {@code suppressed}) or has no grades.
     *
     * @param group a message key naming the group
     */
    public record GroupOutcome(String group, long students, @Nullable Double meanPercent, boolean suppressed) {
    }

    /** Resource uses per student of rural and urban schools in one month, and their parity. */
    public record MonthParity(YearMonth month, @Nullable Double urban, @Nullable Double rural, ParityIndex parity) {
    }
}
