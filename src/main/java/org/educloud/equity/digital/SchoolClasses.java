package org.educloud.equity.digital;

import java.time.LocalDate;
import java.util.List;
import org.educloud.shared.OrgId;
import org.jspecify.annotations.Nullable;

/**
 * The drill-down below a school: its classes over a period, with the work set and handed in, the resources pushed
 * to them, and the class's mean returned grade, shown only for classes with at least
 * {@link DigitalEquityReport#SMALLEST_GROUP} graded students.
 */
public record SchoolClasses(OrgId school, String schoolName, @Nullable OrgId district, LocalDate from, LocalDate to,
                            List<ClassLine> classes) {

    /** A rate is null when there was nothing to rate (no work set, nothing handed in). */
    public record ClassLine(long classId, String name, int grade, String termName, long students, long assignments,
                            long pushes, @Nullable Double submissionRate, @Nullable Double gradingRate,
                            long gradedStudents, @Nullable Double meanPercent, boolean suppressed) {
    }
}
