package org.educloud.schoolday;

import java.time.LocalDate;
import java.util.List;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;

/**
 * Attendance as other modules may read it: the early-warning list and the equity figures ask which students are
 * chronically absent. Only students the caller reaches are answered: under a node they administer, or in a class
 * they teach or lead.
 */
public interface AttendanceFigures {

    /** Typical threshold: more than 10 % of recorded days missed without leave. */
    double CHRONIC_SHARE = 0.10;

    /**
     * Students under the node who missed more than {@code share} of their recorded days in the period without leave,
     * worst first.
     */
    List<ChronicAbsence> chronicAbsence(Scope scope, OrgPath under, LocalDate from, LocalDate to, double share);

    /**
     * Every student under the node with attendance recorded in the period, with their recorded days and the days
     * missed without leave: the denominator of an absence rate by group (the equity figures).
     */
    List<ChronicAbsence> recordedDays(Scope scope, OrgPath under, LocalDate from, LocalDate to);
}
