package org.educloud.equity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /**
     * One counted school: its stage's students (its weight), and each indicator's value. A {@code combined}
     * school (primary and junior) takes its resources per student of the whole school, in both stages' reports.
     */
    public record SchoolBalance(OrgId school, String name, Locality locality, boolean teachingPoint, int students,
                                Map<QualityIndicator, Double> quality, Map<BasicIndicator, Double> basic,
                                int indicatorsMet, boolean complies, boolean combined) {
    }

    /** Whether a counted school serves both compulsory stages: the page then explains how its values are taken. */
    public boolean anyCombined() {
        return schools.stream().anyMatch(SchoolBalance::combined)
                || judgedApart().stream().anyMatch(SchoolBalance::combined);
    }

    /**
     * Why a school is left out of the coefficients: {@code reason} is a message key. A small teaching point is still
     * judged on its own: {@code line} holds its seven values and compliance (null for a school without students of
     * the stage).
     */
    public record Excluded(OrgId school, String name, int students, String reason, @Nullable SchoolBalance line) {
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

    /** Teaching points left out of the coefficients, each still with its own values and compliance. */
    public List<SchoolBalance> judgedApart() {
        return excluded.stream().map(Excluded::line).filter(Objects::nonNull).toList();
    }

    /** The small teaching points judged apart that comply. */
    public long judgedApartComplying() {
        return judgedApart().stream().filter(SchoolBalance::complies).count();
    }

    /** Every school judged: the counted ones, then the teaching points left out of the coefficients. */
    public List<SchoolBalance> judgedLines() {
        return java.util.stream.Stream.concat(schools.stream(), judgedApart().stream()).toList();
    }

    /** Every quality coefficient is defined and within the stage's threshold. */
    public boolean qualityWithin() {
        return !quality.isEmpty() && quality.values().stream()
                .allMatch(cv -> cv.within(QualityIndicator.maximumCoefficient(stage)));
    }

    /** The coefficients' verdict: not met as soon as one exceeds; cannot be judged while one is undefined. */
    public Verdict qualityVerdict() {
        double limit = qualityThreshold();
        if (quality.values().stream().anyMatch(cv -> cv.verdict(limit) == Verdict.NOT_MET)) {
            return Verdict.NOT_MET;
        }
        return quality.isEmpty() || quality.values().stream().anyMatch(cv -> !cv.defined())
                ? Verdict.CANNOT_BE_JUDGED : Verdict.MET;
    }

    public boolean basicWithin() {
        return basicComposite != null && basicComposite <= BasicIndicator.maximumComposite(stage);
    }

    public Verdict basicVerdict() {
        return basicComposite == null ? Verdict.CANNOT_BE_JUDGED : basicWithin() ? Verdict.MET : Verdict.NOT_MET;
    }

    /**
     * The 2017 method's overall verdict (达到 / 未达到优质均衡): every coefficient within its limit <em>and</em>
     * every counted school complying. A counted school that does not comply decides it at once (no missing survey
     * can make that school comply). A coefficient over its limit decides it only when no survey is missing: a
     * missing school's figures could bring the coefficient back within. Otherwise, while surveys are missing, it
     * cannot be judged (the missing schools might fail); with every survey in, it is met when every coefficient is
     * within, and cannot be judged while one is undefined. Teaching points left out of the coefficients are judged
     * on their own lines and do not decide the county's verdict.
     */
    @JsonProperty("verdict")
    public Verdict verdict() {
        if (complying() < schools.size()) {
            return Verdict.NOT_MET;
        }
        if (!complete() || !unapportioned().isEmpty()) {
            return Verdict.CANNOT_BE_JUDGED;
        }
        return qualityVerdict();
    }

    /**
     * Why the overall verdict cannot be given (a message key), or null when it can: missing surveys first (they
     * keep it open whatever the coefficients say), then no school counted, then an undefined coefficient.
     */
    @JsonProperty("verdictUndecidedBecause")
    public @Nullable String verdictUndecidedBecause() {
        if (verdict() != Verdict.CANNOT_BE_JUDGED) {
            return null;
        }
        if (!complete()) {
            return "equity.verdict.because.incomplete";
        }
        if (!unapportioned().isEmpty()) {
            return "equity.verdict.because.stageUnknown";
        }
        return schools.isEmpty() ? "equity.verdict.because.noSchools" : "equity.verdict.because.undefined";
    }

    /**
     * Schools of both stages with enrolled students none of whom is placed in a homeroom class: their students'
     * stage is unknown, so they are in neither stage's coefficients, and the county cannot be judged until they are
     * placed (like a missing survey, they might change it).
     */
    public List<Excluded> unapportioned() {
        return excluded.stream().filter(x -> ComputingBalance.STAGE_UNKNOWN.equals(x.reason())).toList();
    }

    /** Coefficients above the stage's limit. */
    public long coefficientsBeyond() {
        return quality.values().stream().filter(cv -> cv.verdict(qualityThreshold()) == Verdict.NOT_MET).count();
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
