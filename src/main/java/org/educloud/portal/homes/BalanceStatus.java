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
 * @param verdict   message-key suffix: ACHIEVED, NOT_ACHIEVED, INCOMPLETE or UNDECIDED for a county; COMPLIES, FALLS_SHORT or
 *                  NOT_COUNTED for a school
 * @param complying schools that comply (county), or indicators met (school)
 * @param counted   schools counted (county), or indicators in all (school)
 * @param over      coefficients over their limit (county only)
 * @param missing   schools whose survey of the year is not confirmed
 */
public record BalanceStatus(OrgId org, String name, Stage stage, String verdict, long complying, int counted,
                            int over, int missing, String link) {

    /**
     * A county's overall verdict as the equity report gives it (the 2017 method: every coefficient within its limit
     * and every counted school complying); without a verdict, whether surveys are missing or a coefficient cannot be
     * judged, so the home page never words it differently from the report.
     */
    static BalanceStatus county(BalanceReport report) {
        String verdict = switch (report.verdict()) {
            case MET -> "ACHIEVED";
            case NOT_MET -> "NOT_ACHIEVED";
            case CANNOT_BE_JUDGED -> "equity.verdict.because.incomplete".equals(report.verdictUndecidedBecause())
                    ? "INCOMPLETE" : "UNDECIDED";
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
            return new BalanceStatus(school, name, position.stage(), "NOT_COUNTED", 0,
                    QualityIndicator.values().length, 0, position.missing().size(), link);
        }
        BalanceReport.SchoolBalance own = line.getFirst();
        return new BalanceStatus(school, name, position.stage(), own.complies() ? "COMPLIES" : "FALLS_SHORT",
                own.indicatorsMet(), QualityIndicator.values().length, 0, 0, link);
    }

    /** Whether the line is good news, for its colour. */
    public boolean good() {
        return verdict.equals("ACHIEVED") || verdict.equals("COMPLIES");
    }

    /** Whether the line is bad news; neither good nor bad means there is no verdict yet. */
    public boolean bad() {
        return verdict.equals("NOT_ACHIEVED") || verdict.equals("FALLS_SHORT");
    }

    static @Nullable Stage compulsory(Stage stage) {
        return stage == Stage.PRIMARY || stage == Stage.JUNIOR ? stage : null;
    }
}
