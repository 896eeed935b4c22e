package org.educloud.equity;

import java.util.List;
import java.util.Map;
import org.educloud.shared.OrgId;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A county's balance for one school year and stage, from confirmed surveys only. Schools without one are listed
 * as missing, never counted as zero; schools left out by rule (no students of the stage, small teaching points)
 * are listed with the reason. {@code complete} is false while anything is missing, and the page says so.
 *
 * @param qualityComposite the mean of the seven coefficients (综合差异系数), published for information; null when
 *                         any coefficient is undefined
 */
public record BalanceReport(OrgId district, String districtName, String schoolYear, Stage stage,
                            List<SchoolBalance> schools, List<Excluded> excluded, List<Missing> missing,
                            Map<QualityIndicator, DifferenceCoefficient> quality, @Nullable Double qualityComposite,
                            Map<BasicIndicator, DifferenceCoefficient> basic, @Nullable Double basicComposite) {

    /** One counted school: its stage's students (its weight), and each indicator's value. */
    public record SchoolBalance(OrgId school, String name, Locality locality, boolean teachingPoint, int students,
                                Map<QualityIndicator, Double> quality, Map<BasicIndicator, Double> basic,
                                int indicatorsMet, boolean complies) {
    }

    /** Why a school is left out of the coefficients: {@code reason} is a message key. */
    public record Excluded(OrgId school, String name, int students, String reason) {
    }

    /** A school of the stage whose survey of the year is not confirmed; {@code status} null when not started. */
    public record Missing(OrgId school, String name, @Nullable SurveyStatus status) {
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    public long complying() {
        return schools.stream().filter(SchoolBalance::complies).count();
    }

    /** Every quality coefficient is defined and within the stage's threshold. */
    public boolean qualityWithin() {
        return !quality.isEmpty() && quality.values().stream()
                .allMatch(cv -> cv.within(QualityIndicator.maximumCoefficient(stage)));
    }

    public boolean basicWithin() {
        return basicComposite != null && basicComposite <= BasicIndicator.maximumComposite(stage);
    }

    public double qualityThreshold() {
        return QualityIndicator.maximumCoefficient(stage);
    }

    public double basicThreshold() {
        return BasicIndicator.maximumComposite(stage);
    }

    public double minimum(QualityIndicator indicator) {
        return indicator.minimum(stage);
    }
}
