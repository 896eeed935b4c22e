package org.educloud.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.educloud.equity.Counties.Figures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The county report counts confirmed surveys only, applies the official rules, and says what it left out. */
@EduCloudTest
class BalanceReportTest {

    private static final Scope ALL = Scope.installation();

    @Autowired
    ComputingBalance balance;
    @Autowired
    SchoolYears years;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFiveSchoolBookExampleIsReproducedFromConfirmedSurveys() {
        OrgNodeView county = county("书册县");
        int[][] schools = {{45, 279}, {37, 137}, {89, 935}, {76, 160}, {55, 402}};
        for (int[] s : schools) {
            confirmed(school(county, Set.of(Stage.PRIMARY), false), s[0], 0, s[1], Figures.complying(s[0]));
        }
        BalanceReport report = balance.report(ALL, county.id(), years.current(), Stage.PRIMARY);
        DifferenceCoefficient books = report.basic().get(BasicIndicator.LIBRARY_BOOKS);
        assertThat(books.mean()).isCloseTo(6.3344, within(0.00005));
        assertThat(books.value()).isCloseTo(0.5153, within(0.00005));
        assertThat(report.schools()).hasSize(5);
        assertThat(report.complete()).isTrue();
    }

    @Test
    void aSchoolCompliesWithSixIndicatorsAndTheSeventhAtEightyFivePercent() {
        OrgNodeView county = county("达标县");
        OrgNodeView all = school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView nearMiss = school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView farMiss = school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView twoMisses = school(county, Set.of(Stage.PRIMARY), false);
        confirmed(all, 100, 0, 3000, Figures.complying(100));
        confirmed(nearMiss, 100, 0, 3000, Figures.complying(100).equipment(180_000));
        confirmed(farMiss, 100, 0, 3000, Figures.complying(100).equipment(160_000));
        confirmed(twoMisses, 100, 0, 3000, Figures.complying(100).equipment(180_000).multimedia(2));
        BalanceReport report = balance.report(ALL, county.id(), years.current(), Stage.PRIMARY);
        assertThat(report.schools()).extracting(s -> s.name(), s -> s.indicatorsMet(), s -> s.complies())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(all.name(), 7, true),
                        org.assertj.core.groups.Tuple.tuple(nearMiss.name(), 6, true),
                        org.assertj.core.groups.Tuple.tuple(farMiss.name(), 6, false),
                        org.assertj.core.groups.Tuple.tuple(twoMisses.name(), 5, false));
        assertThat(report.complying()).isEqualTo(2);
        assertThat(report.schools().getFirst().quality().get(QualityIndicator.EQUIPMENT_VALUE)).isEqualTo(2500.0);
    }

    @Test
    void schoolsWithoutAConfirmedSurveyAreMissingAndSmallTeachingPointsAreExcluded() {
        OrgNodeView county = county("缺报县");
        OrgNodeView counted = school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView notStarted = school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView drafted = school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView teachingPoint = school(county, Set.of(Stage.PRIMARY), true);
        OrgNodeView juniorOnly = school(county, Set.of(Stage.JUNIOR), false);
        confirmed(counted, 200, 0, 3000, Figures.complying(200));
        survey(drafted, "DRAFT", 100, 0, 1000, Figures.complying(100));
        confirmed(teachingPoint, 30, 0, 100, Figures.complying(30));
        confirmed(juniorOnly, 0, 300, 5000, Figures.complying(300));

        BalanceReport report = balance.report(ALL, county.id(), years.current(), Stage.PRIMARY);
        assertThat(report.schools()).extracting(BalanceReport.SchoolBalance::name).containsExactly(counted.name());
        assertThat(report.missing()).extracting(BalanceReport.Missing::name, BalanceReport.Missing::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(notStarted.name(), null),
                        org.assertj.core.groups.Tuple.tuple(drafted.name(), SurveyStatus.DRAFT));
        assertThat(report.complete()).isFalse();
        assertThat(report.excluded()).extracting(BalanceReport.Excluded::name, BalanceReport.Excluded::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(teachingPoint.name(),
                        "equity.excluded.smallTeachingPoint"));
        assertThat(balance.report(ALL, county.id(), years.current(), Stage.JUNIOR).schools())
                .extracting(BalanceReport.SchoolBalance::name).containsExactly(juniorOnly.name());
    }

    @Test
    void aCombinedSchoolCountsInBothStagesWeightedByEachStagesStudents() {
        OrgNodeView county = county("一贯制县");
        OrgNodeView combined = school(county, Set.of(Stage.PRIMARY, Stage.JUNIOR), false);
        confirmed(combined, 600, 300, 9000, Figures.complying(900));
        var primary = balance.report(ALL, county.id(), years.current(), Stage.PRIMARY).schools();
        var junior = balance.report(ALL, county.id(), years.current(), Stage.JUNIOR).schools();
        assertThat(primary).singleElement().extracting(BalanceReport.SchoolBalance::students).isEqualTo(600);
        assertThat(junior).singleElement().extracting(BalanceReport.SchoolBalance::students).isEqualTo(300);
        assertThat(primary.getFirst().basic().get(BasicIndicator.LIBRARY_BOOKS)).isEqualTo(10.0);
    }

    @Test
    void aCountyWithNothingConfirmedHasUndefinedCoefficientsNotZeros() {
        OrgNodeView county = county("空白县");
        school(county, Set.of(Stage.PRIMARY), false);
        BalanceReport report = balance.report(ALL, county.id(), years.current(), Stage.PRIMARY);
        assertThat(report.quality().values()).noneMatch(DifferenceCoefficient::defined);
        assertThat(report.qualityComposite()).isNull();
        assertThat(report.qualityWithin()).isFalse();
        assertThat(report.missing()).hasSize(1);
    }

    @Test
    void theReportIsForAdminsOfTheDistrictAndASchoolSeesOnlyItsOwnLine() {
        Scope districtA = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        Scope schoolA = identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN));
        assertThatThrownBy(() -> balance.report(districtA, fixture.b().district().id(), years.current(),
                Stage.PRIMARY)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> balance.report(schoolA, fixture.a().district().id(), years.current(),
                Stage.PRIMARY)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> balance.position(schoolA, fixture.b().school().id(), years.current(),
                Stage.PRIMARY)).isInstanceOf(NotFoundException.class);
        BalanceReport own = balance.position(schoolA, fixture.a().school().id(), years.current(), Stage.PRIMARY);
        assertThat(own.schools().size() + own.missing().size() + own.excluded().size()).isEqualTo(1);
        assertThatThrownBy(() -> balance.report(districtA, fixture.a().district().id(), years.current(),
                Stage.SENIOR)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> balance.report(districtA, fixture.a().district().id(), "2099-2100",
                Stage.PRIMARY)).isInstanceOf(RuleViolationException.class);
    }

    private Counties counties() {
        return new Counties(tenancy, jdbc, years.current());
    }

    private OrgNodeView county(String name) {
        return counties().county(fixture.a().district().parentId(), name);
    }

    private OrgNodeView school(OrgNodeView county, Set<Stage> stages, boolean teachingPoint) {
        return counties().school(county, stages, teachingPoint);
    }

    private void confirmed(OrgNodeView school, int primary, int junior, int books, Figures f) {
        counties().confirmed(school, primary, junior, books, f);
    }

    private void survey(OrgNodeView school, String status, int primary, int junior, int books, Figures f) {
        counties().survey(school, status, primary, junior, books, f);
    }
}
