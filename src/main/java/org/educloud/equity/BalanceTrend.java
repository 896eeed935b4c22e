package org.educloud.equity;

import java.util.List;
import java.util.Map;
import org.educloud.shared.OrgId;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A county's balance over several school years, oldest first: whether it is getting more even. Each year is
 * computed from that year's confirmed surveys by the same rules as the report; a year without any is shown with
 * its missing schools and undefined coefficients, never as a perfect zero.
 */
public record BalanceTrend(OrgId district, String districtName, Stage stage, List<Year> years) {

    /**
     * One school year's verdicts, as that year's report gives them: the seven coefficients', the 2012 composite's
     * and the overall one, each met, not met or cannot be judged (an undefined coefficient, a missing survey) —
     * never "not within" for a year that cannot be judged. A coefficient is null when undefined.
     */
    public record Year(String schoolYear, int counted, int missing, int excluded, long complying,
                       Map<QualityIndicator, @Nullable Double> coefficients, @Nullable Double qualityComposite,
                       @Nullable Double basicComposite, Verdict qualityVerdict, Verdict basicVerdict,
                       Verdict verdict, @Nullable String verdictUndecidedBecause) {

        /** The share of counted schools that comply, in percent; null when none is counted. */
        public @Nullable Double complyingPercent() {
            return counted == 0 ? null : 100.0 * complying / counted;
        }
    }
}
