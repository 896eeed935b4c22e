package org.educloud.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.educloud.equity.Counties.Figures;
import org.educloud.equity.digital.ComputingDigitalEquity;
import org.educloud.equity.digital.DigitalMeasure;
import org.educloud.equity.digital.DigitalTrend;
import org.educloud.equity.reports.Decimals;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A county's balance is followed year by year with each year's own confirmed surveys. */
@EduCloudTest
class BalanceTrendTest {

    private static final Scope ALL = Scope.installation();

    @Autowired
    java.time.Clock clock;
    @Autowired
    ComputingBalance balance;
    @Autowired
    ComputingDigitalEquity digital;
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
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void eachYearIsComputedFromItsOwnSurveysAndAYearWithoutAnyIsMissingNotEven() {
        Counties counties = new Counties(tenancy, jdbc, years.current());
        OrgNodeView county = counties.county(fixture.region().id(), "趋势县");
        OrgNodeView town = counties.school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView village = counties.school(county, Set.of(Stage.PRIMARY), false);
        // both schools existed long before the years shown (a school registered later is not missing before it)
        jdbc.sql("UPDATE tenancy.org_node SET created_at = TIMESTAMPTZ '2015-03-01 00:00:00+00' WHERE id IN (?, ?)")
                .params(town.id().value(), village.id().value()).update();
        List<String> recent = years.recent(3);
        String current = recent.get(0);
        String last = recent.get(1);
        // last year the village school had a fifth of the town school's equipment; this year half of it
        counties.survey(town, last, "CONFIRMED", 400, 0, 8000, Figures.complying(400));
        counties.survey(village, last, "CONFIRMED", 100, 0, 2000, Figures.complying(100).equipment(50_000));
        counties.survey(town, current, "CONFIRMED", 400, 0, 8000, Figures.complying(400));
        counties.survey(village, current, "CONFIRMED", 100, 0, 2000, Figures.complying(100).equipment(125_000));

        BalanceTrend trend = balance.trend(ALL, county.id(), Stage.PRIMARY, 3);
        assertThat(trend.years()).extracting(BalanceTrend.Year::schoolYear).containsExactly(recent.reversed()
                .toArray(String[]::new));
        BalanceTrend.Year none = trend.years().get(0);
        BalanceTrend.Year before = trend.years().get(1);
        BalanceTrend.Year now = trend.years().get(2);
        assertThat(none.counted()).isZero();
        assertThat(none.missing()).isEqualTo(2);
        assertThat(none.coefficients().get(QualityIndicator.EQUIPMENT_VALUE)).isNull();
        assertThat(none.complyingPercent()).isNull();
        // weights 0.8 / 0.2, values 2500 and 500 (then 1250): CV = sqrt(0.16)·2000/2100 and sqrt(0.16)·1250/2250
        assertThat(before.coefficients().get(QualityIndicator.EQUIPMENT_VALUE)).isCloseTo(0.3810, within(0.00005));
        assertThat(now.coefficients().get(QualityIndicator.EQUIPMENT_VALUE)).isCloseTo(0.2222, within(0.00005));
        assertThat(before.complyingPercent()).isEqualTo(50.0);
        assertThat(now.counted()).isEqualTo(2);
    }

    @Test
    void theTrendShowsACoefficientBesideItsLimitWithTheDecimalsItsVerdictNeedsAndAYearThatCannotBeJudgedAsSuch()
            throws Exception {
        Counties counties = new Counties(tenancy, jdbc, years.current());
        OrgNodeView county = counties.county(fixture.region().id(), "趋势临界县");
        OrgNodeView rich = counties.school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView poor = counties.school(county, Set.of(Stage.PRIMARY), false);
        jdbc.sql("UPDATE tenancy.org_node SET created_at = TIMESTAMPTZ '2015-03-01 00:00:00+00' WHERE id IN (?, ?)")
                .params(rich.id().value(), poor.id().value()).update();
        // equal weights, 75,002 and 24,998 yuan per student: CV = 50,004 / 100,000, just over 0.50
        counties.confirmed(rich, 100, 0, 2000, Figures.complying(100).equipment(7_500_200));
        counties.confirmed(poor, 100, 0, 2000, Figures.complying(100).equipment(2_499_800));

        BalanceTrend trend = balance.trend(ALL, county.id(), Stage.PRIMARY, 2);
        BalanceTrend.Year before = trend.years().getFirst();
        BalanceTrend.Year now = trend.years().getLast();
        assertThat(before.qualityVerdict()).as("no confirmed survey: undefined, not 'not within'")
                .isEqualTo(Verdict.CANNOT_BE_JUDGED);
        assertThat(before.verdict()).isEqualTo(Verdict.CANNOT_BE_JUDGED);
        assertThat(before.verdictUndecidedBecause()).isEqualTo("equity.verdict.because.incomplete");
        assertThat(now.qualityVerdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(now.verdict()).isEqualTo(Verdict.NOT_MET);

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/equity/balance/trend")
                                .param("district", county.id().toString()).param("stage", "PRIMARY")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.authentication(
                                                fixture.as(fixture.regionAdmin()))))
                .andReturn().getResponse().getContentAsString());
        var rows = page.select("#balance-trend tbody tr");
        double cv = now.coefficients().get(QualityIndicator.EQUIPMENT_VALUE);
        int column = 4 + List.of(QualityIndicator.values()).indexOf(QualityIndicator.EQUIPMENT_VALUE);
        var cell = rows.last().select("td").get(column);
        assertThat(cell.text()).isEqualTo(Decimals.atMost(cv, 0.50)).isNotEqualTo("0.5000");
        assertThat(cell.attr("title")).isEqualTo(Decimals.exact(cv));
        assertThat(cell.hasClass("bad")).isTrue();
        assertThat(rows.last().selectFirst("td.verdict").text()).isEqualTo("未达标");
        assertThat(rows.first().selectFirst("td.verdict").text()).startsWith("无法判定");
    }

    @Test
    void digitalSpreadIsGivenPerSchoolYearOldestFirst() {
        Scope districtA = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        DigitalTrend trend = digital.yearly(districtA, fixture.a().district().id(), 3);
        assertThat(trend.years()).extracting(DigitalTrend.Year::schoolYear)
                .containsExactly(years.recent(3).reversed().toArray(String[]::new));
        // today where the platform is (its clock's zone), not where the test runs: the two differ for hours a day
        assertThat(trend.years().getLast().to()).isBeforeOrEqualTo(java.time.LocalDate.now(clock));
        assertThat(trend.years().getFirst().measures()).containsKeys(DigitalMeasure.values());
    }

    @Test
    void onlyTheDistrictsBureausSeeItsTrend() {
        Scope districtA = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        assertThatThrownBy(() -> balance.trend(districtA, fixture.b().district().id(), Stage.PRIMARY, 5))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> digital.yearly(districtA, fixture.b().district().id(), 3))
                .isInstanceOf(NotFoundException.class);
    }
}
