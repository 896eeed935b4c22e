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

    /** Typical threshold: more than 10 % of recorded days missed. */
    double CHRONIC_SHARE = 0.10;

    /** Students under the node who missed more than {@code share} of their recorded days in the period, worst first. */
    List<ChronicAbsence> chronicAbsence(Scope scope, OrgPath under, LocalDate from, LocalDate to, double share);
}
