package org.educloud.equity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.educloud.equity.balance.SchoolFigures;
import org.educloud.equity.balance.WeightedValue;
import org.educloud.equity.settings.EquityProperties;
import org.educloud.equity.surveys.SurveyStore;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county balance report: which schools of a district and stage count, each school's seven (2017) and eight
 * (2012) indicator values and compliance, and the student-weighted difference coefficients. It reads the confirmed
 * surveys (already raw amounts per school) in one query, so a county's report costs a few milliseconds.
 */
@Service
@Transactional(readOnly = true)
public class ComputingBalance {

    private static final int MOST_YEARS = 10;
    /** A school of both stages whose enrolled students are in no homeroom class: nothing tells their stage. */
    static final String STAGE_UNKNOWN = "equity.excluded.stageUnknown";

    private final SurveyStore surveys;
    private final TenancyManagement tenancy;
    private final SchoolYears years;
    private final EquityProperties properties;
    private final EquityReach reach;
    private final Clock clock;

    ComputingBalance(SurveyStore surveys, TenancyManagement tenancy, SchoolYears years, EquityProperties properties,
                     EquityReach reach, Clock clock) {
        this.reach = reach;
        this.clock = clock;
        this.surveys = surveys;
        this.tenancy = tenancy;
        this.years = years;
        this.properties = properties;
    }

    /** The whole report, for admins of the district or a bureau above it. */
    public BalanceReport report(Scope scope, OrgId district, String year, Stage stage) {
        OrgNodeView node = reach.administered(scope, district, OrgKind.DISTRICT);
        return compute(node, years.known(year), compulsory(stage));
    }

    /**
     * A school's own position: its line, or why it is not counted, beside the county's coefficients; the other
     * schools' lines are not part of it.
     */
    public BalanceReport position(Scope scope, OrgId school, String year, Stage stage) {
        OrgNodeView node = reach.administered(scope, school, OrgKind.SCHOOL);
        OrgNodeView district = tenancy.find(node.parentId()).orElseThrow(
                () -> new NotFoundException("equity.error.notFound"));
        BalanceReport county = compute(district, years.known(year), compulsory(stage));
        return new BalanceReport(county.district(), county.districtName(), county.schoolYear(), county.stage(),
                county.schools().stream().filter(s -> s.school().equals(school)).toList(),
                county.excluded().stream().filter(s -> s.school().equals(school)).toList(),
                county.missing().stream().filter(s -> s.school().equals(school)).toList(),
                county.quality(), county.qualityComposite(), county.basic(), county.basicComposite());
    }

    /** The county's balance in each of the last {@code count} school years (at most ten), oldest first. */
    public BalanceTrend trend(Scope scope, OrgId district, Stage stage, int count) {
        OrgNodeView node = reach.administered(scope, district, OrgKind.DISTRICT);
        List<BalanceTrend.Year> trend = new ArrayList<>();
        for (String year : years.recent(Math.clamp(count, 1, MOST_YEARS)).reversed()) {
            BalanceReport r = compute(node, year, compulsory(stage));
            Map<QualityIndicator, Double> coefficients = new EnumMap<>(QualityIndicator.class);
            r.quality().forEach((indicator, cv) -> coefficients.put(indicator, cv.value()));
            trend.add(new BalanceTrend.Year(year, r.schools().size(), r.missing().size(), r.excluded().size(),
                    r.complying(), coefficients, r.qualityComposite(), r.basicComposite(), r.qualityVerdict(),
                    r.basicVerdict(), r.verdict(), r.verdictUndecidedBecause()));
        }
        return new BalanceTrend(node.id(), node.name(), stage, trend);
    }

    private static Stage compulsory(Stage stage) {
        if (stage == Stage.SENIOR) {
            throw new RuleViolationException("equity.error.compulsoryOnly");
        }
        return stage;
    }

    private BalanceReport compute(OrgNodeView district, String year, Stage stage) {
        Map<OrgId, SurveyStore.Row> surveyed = surveys.under(district.path(), year).stream()
                .collect(Collectors.toMap(SurveyStore.Row::school, Function.identity()));
        List<BalanceReport.SchoolBalance> counted = new ArrayList<>();
        List<BalanceReport.Excluded> excluded = new ArrayList<>();
        List<BalanceReport.Missing> missing = new ArrayList<>();
        // a school registered after the year ended did not exist then: it is not missing from that year
        Instant yearEnded = years.firstDayOf(year).plusYears(1).atStartOfDay(clock.getZone()).toInstant();
        Map<OrgId, Instant> registered = tenancy.schoolsRegisteredAt(district.path());
        for (OrgNodeView school : tenancy.schoolsUnder(district.path())) {
            if (!school.isSchool() || !school.stages().contains(stage)) {
                continue;
            }
            SurveyStore.Row row = surveyed.get(school.id());
            if (row == null || row.status() != SurveyStatus.CONFIRMED) {
                if (school.isActive() && registered.getOrDefault(school.id(), Instant.EPOCH).isBefore(yearEnded)) {
                    missing.add(new BalanceReport.Missing(school.id(), school.name(),
                            row == null ? null : row.status()));
                }
                continue;
            }
            RosterCounts counts = row.counts();
            int students = stage == Stage.JUNIOR ? counts.juniorStudents() : counts.primaryStudents();
            String reason = exclusion(school, students, counts);
            if (STAGE_UNKNOWN.equals(reason)) {
                // enrolled students whose stage nothing tells: not "no students", and the county cannot be judged
                excluded.add(new BalanceReport.Excluded(school.id(), school.name(),
                        counts.studentsWithoutHomeroom(), reason, null));
                continue;
            }
            if (reason != null) {
                // a small teaching point is left out of the coefficients, not out of being judged itself
                excluded.add(new BalanceReport.Excluded(school.id(), school.name(), students, reason,
                        students == 0 ? null : line(school, students, SchoolFigures.of(row.figures(), counts), stage)));
                continue;
            }
            counted.add(line(school, students, SchoolFigures.of(row.figures(), counts), stage));
        }
        Map<QualityIndicator, DifferenceCoefficient> quality = new EnumMap<>(QualityIndicator.class);
        for (QualityIndicator indicator : QualityIndicator.values()) {
            quality.put(indicator, DifferenceCoefficient.of(counted.stream()
                    .map(s -> new WeightedValue(s.students(), s.quality().get(indicator))).toList()));
        }
        Map<BasicIndicator, DifferenceCoefficient> basic = new EnumMap<>(BasicIndicator.class);
        for (BasicIndicator indicator : BasicIndicator.values()) {
            basic.put(indicator, DifferenceCoefficient.of(counted.stream()
                    .map(s -> new WeightedValue(s.students(), s.basic().get(indicator))).toList()));
        }
        return new BalanceReport(district.id(), district.name(), year, stage, counted, excluded, missing, quality,
                meanOf(quality.values()), basic, meanOf(basic.values()));
    }

    private @Nullable String exclusion(OrgNodeView school, int stageStudents, RosterCounts counts) {
        if (stageStudents == 0) {
            return counts.unapportioned() ? STAGE_UNKNOWN : "equity.excluded.noStudents";
        }
        if (school.teachingPoint() && counts.allStudents() < properties.teachingPointMinimumStudents()) {
            return "equity.excluded.smallTeachingPoint";
        }
        return null;
    }

    private static BalanceReport.SchoolBalance line(OrgNodeView school, int students, SchoolFigures figures,
                                                    Stage stage) {
        Map<QualityIndicator, Double> quality = new EnumMap<>(QualityIndicator.class);
        int met = 0;
        boolean nearMissOnly = true;
        for (QualityIndicator indicator : QualityIndicator.values()) {
            double value = indicator.value(figures, stage);
            quality.put(indicator, value);
            if (value >= indicator.minimum(stage)) {
                met++;
            } else if (value < QualityIndicator.NEAR_MISS * indicator.minimum(stage)) {
                nearMissOnly = false;
            }
        }
        boolean complies = met == QualityIndicator.values().length
                || met == QualityIndicator.values().length - 1 && nearMissOnly;
        Map<BasicIndicator, Double> basic = new EnumMap<>(BasicIndicator.class);
        for (BasicIndicator indicator : BasicIndicator.values()) {
            basic.put(indicator, indicator.value(figures, stage));
        }
        return new BalanceReport.SchoolBalance(school.id(), school.name(), school.locality(), school.teachingPoint(),
                students, quality, basic, met, complies,
                school.stages().contains(Stage.PRIMARY) && school.stages().contains(Stage.JUNIOR));
    }

    private static @Nullable Double meanOf(Collection<DifferenceCoefficient> coefficients) {
        if (coefficients.isEmpty() || !coefficients.stream().allMatch(DifferenceCoefficient::defined)) {
            return null;
        }
        return coefficients.stream().mapToDouble(DifferenceCoefficient::value).average().orElseThrow();
    }
}
