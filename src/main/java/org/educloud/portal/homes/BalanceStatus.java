package org.educloud.portal.homes;

import java.util.List;
import org.educloud.equity.BalanceReport;
import org.educloud.equity.QualityIndicator;
import org.educloud.shared.OrgId;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/**
 * One line of an admin's home page about balance: a county's standing for a stage (bureau admins), or a school's
 * own standing (school admins, who are not shown the county's verdict as if it were their own). It reads the
 * equity module's report and says no more than the report does; the link leads to the full report.
 *
 * @param standing  a county's verdict (ACHIEVED, NOT_ACHIEVED, INCOMPLETE or UNDECIDED) or a school's standing
 *                  (COMPLIES, FALLS_SHORT or NOT_COUNTED)
 * @param complying schools that comply (county), or indicators met (school)
 * @param counted   schools counted (county), or indicators in all (school)
 * @param over      coefficients over their limit (county only)
 * @param missing   schools whose survey of the year is not confirmed
 */
public record BalanceStatus(OrgId org, String name, Stage stage, Standing standing, long complying, int counted,
                            int over, int missing, String link) {

    /**
     * A county's overall verdict as the equity report gives it (the 2017 method: every coefficient within its limit
     * and every counted school complying); without a verdict, whether surveys are missing or a coefficient cannot be
     * judged, so the home page never words it differently from the report.
     */
    static BalanceStatus county(BalanceReport report) {
        Standing verdict = switch (report.verdict()) {
            case MET -> Standing.ACHIEVED;
            case NOT_MET -> Standing.NOT_ACHIEVED;
            case CANNOT_BE_JUDGED -> "equity.verdict.because.incomplete".equals(report.verdictUndecidedBecause())
                    ? Standing.INCOMPLETE : Standing.UNDECIDED;
        };
        return new BalanceStatus(report.district(), report.districtName(), report.stage(), verdict,
                report.complying(), report.schools().size(), (int) report.coefficientsBeyond(),
                report.missing().size(),
                "/equity/balance?district=" + report.district().value() + "&stage=" + report.stage().name());
    }

    /** A school's own line of its county's report: whether it complies, or why it is not counted. */
    static BalanceStatus school(OrgId school, String name, BalanceReport position) {
        String link = "/equity/schools/" + school.value() + "/balance?stage=" + position.stage().name();
        List<BalanceReport.SchoolBalance> line = position.schools();
        if (line.isEmpty()) {
            return new BalanceStatus(school, name, position.stage(), Standing.NOT_COUNTED, 0,
                    QualityIndicator.values().length, 0, position.missing().size(), link);
        }
        BalanceReport.SchoolBalance own = line.getFirst();
        return new BalanceStatus(school, name, position.stage(), own.complies() ? Standing.COMPLIES : Standing.FALLS_SHORT,
                own.indicatorsMet(), QualityIndicator.values().length, 0, 0, link);
    }

    /** The standing's name, the message-key suffix the home page words it with. */
    public String verdict() {
        return standing.name();
    }

    /** Whether the line is good news, for its colour. */
    public boolean good() {
        return standing.good();
    }

    /** Whether the line is bad news; neither good nor bad means there is no verdict yet. */
    public boolean bad() {
        return standing.bad();
    }

    static @Nullable Stage compulsory(Stage stage) {
        return stage == Stage.PRIMARY || stage == Stage.JUNIOR ? stage : null;
    }
}
