package org.educloud.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.educloud.equity.Counties.Figures;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The balance report's verdicts as the method gives them (issue 25 items 3, 4, 8, 10; issue 26 item 4): the overall
 * verdict needs every coefficient within its limit and every counted school complying, leads the page, and is never
 * shown on a school's page as that school's own; an undefined coefficient cannot be judged; a small teaching point
 * keeps its own line and compliance; a school registered after a year is not missing from it.
 */
@EduCloudTest
class BalanceVerdictTest {

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
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private Counties counties() {
        return new Counties(tenancy, jdbc, years.current());
    }

    private OrgNodeView county(String name) {
        return counties().county(fixture.region().id(), name);
    }

    @Test
    void theCountyReachesQualityBalanceOnlyWithEveryCoefficientWithinAndEverySchoolComplying() throws Exception {
        OrgNodeView even = county("均衡县");
        for (int students : new int[] {300, 320, 280}) {
            counties().confirmed(counties().school(even, Set.of(Stage.PRIMARY), false), students, 0, 3000,
                    Figures.complying(students));
        }
        BalanceReport reached = balance.report(ALL, even.id(), years.current(), Stage.PRIMARY);
        assertThat(reached.qualityVerdict()).isEqualTo(Verdict.MET);
        assertThat(reached.verdict()).isEqualTo(Verdict.MET);

        // the same spread of coefficients, but one school far under two minimums: coefficients fine, county not
        OrgNodeView uneven = county("一校不达标县");
        for (int students : new int[] {300, 320}) {
            counties().confirmed(counties().school(uneven, Set.of(Stage.PRIMARY), false), students, 0, 3000,
                    Figures.complying(students));
        }
        counties().confirmed(counties().school(uneven, Set.of(Stage.PRIMARY), false), 280, 0, 3000,
                Figures.complying(280).equipment(2000.0 * 280 * 0.9).multimedia(5));
        BalanceReport failing = balance.report(ALL, uneven.id(), years.current(), Stage.PRIMARY);
        assertThat(failing.complying()).isEqualTo(2);
        assertThat(failing.qualityVerdict()).as("every coefficient within").isEqualTo(Verdict.MET);
        assertThat(failing.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(failing.verdictUndecidedBecause()).isNull();

        mvc.perform(get("/api/v1/equity/districts/{id}/balance", uneven.id().value())
                        .with(authentication(fixture.asTokenHolder(fixture.regionAdmin()))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.verdict")
                        .value("NOT_MET"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.quality.EQUIPMENT_VALUE.value").isNumber());
    }

    @Test
    void aCountyWithOneCountedJuniorSchoolCanReachQualityBalance() {
        OrgNodeView single = county("单校县");
        counties().confirmed(counties().school(single, Set.of(Stage.JUNIOR), false), 0, 300, 3000,
                juniorComplying(300));
        BalanceReport report = balance.report(ALL, single.id(), years.current(), Stage.JUNIOR);
        assertThat(report.quality().values()).as("CV = S / X̄ = 0, defined (DOMAIN §2)")
                .allMatch(cv -> cv.defined() && cv.value() == 0.0);
        assertThat(report.qualityVerdict()).isEqualTo(Verdict.MET);
        assertThat(report.verdict()).isEqualTo(Verdict.MET);
    }

    /** Figures over every 2017 junior minimum. */
    private static Figures juniorComplying(int students) {
        return new Figures(6.0 * students, 11.0 * students, 0, 3000.0 * students, (int) Math.ceil(students * 0.03),
                students / 10, (int) Math.ceil(students * 0.06), (int) Math.ceil(students * 0.01),
                (int) Math.ceil(students * 0.01));
    }

    @Test
    void anUndefinedCoefficientMakesTheVerdictCannotBeJudgedWithItsReasonNeverNotMet() {
        OrgNodeView none = county("无多媒体县");
        for (int students : new int[] {300, 320}) {
            counties().confirmed(counties().school(none, Set.of(Stage.PRIMARY), false), students, 0, 3000,
                    Figures.complying(students).multimedia(0));
        }
        BalanceReport report = balance.report(ALL, none.id(), years.current(), Stage.PRIMARY);
        DifferenceCoefficient rooms = report.quality().get(QualityIndicator.MULTIMEDIA_CLASSROOMS);
        assertThat(rooms.undefinedBecause()).isEqualTo(DifferenceCoefficient.Undefined.ZERO_MEAN);
        assertThat(rooms.verdict(report.qualityThreshold())).isEqualTo(Verdict.CANNOT_BE_JUDGED);
        assertThat(report.qualityVerdict()).isEqualTo(Verdict.CANNOT_BE_JUDGED);
        assertThat(report.verdict()).as("the schools without any room fail on their own lines")
                .isEqualTo(Verdict.NOT_MET);

        OrgNodeView partly = county("缺一校县");
        for (int students : new int[] {300, 320}) {
            counties().confirmed(counties().school(partly, Set.of(Stage.PRIMARY), false), students, 0, 3000,
                    Figures.complying(students));
        }
        counties().school(partly, Set.of(Stage.PRIMARY), false);
        BalanceReport incomplete = balance.report(ALL, partly.id(), years.current(), Stage.PRIMARY);
        assertThat(incomplete.verdict()).as("the missing school might fail").isEqualTo(Verdict.CANNOT_BE_JUDGED);
        assertThat(incomplete.verdictUndecidedBecause()).isEqualTo("equity.verdict.because.incomplete");
    }

    @Test
    void aCoefficientOverItsLimitIsNotFinalWhileASurveyIsMissingButAFailingSchoolIs() {
        OrgNodeView spread = county("差异大缺校县");
        counties().confirmed(counties().school(spread, Set.of(Stage.PRIMARY), false), 300, 0, 3000,
                Figures.complying(300));
        counties().confirmed(counties().school(spread, Set.of(Stage.PRIMARY), false), 300, 0, 3000,
                Figures.complying(300).equipment(20_000.0 * 300));
        OrgNodeView late = counties().school(spread, Set.of(Stage.PRIMARY), false);
        BalanceReport open = balance.report(ALL, spread.id(), years.current(), Stage.PRIMARY);
        assertThat(open.quality().get(QualityIndicator.EQUIPMENT_VALUE).verdict(open.qualityThreshold()))
                .isEqualTo(Verdict.NOT_MET);
        assertThat(open.verdict()).as("the missing school could bring the coefficient back within")
                .isEqualTo(Verdict.CANNOT_BE_JUDGED);
        assertThat(open.verdictUndecidedBecause()).isEqualTo("equity.verdict.because.incomplete");

        counties().confirmed(late, 300, 0, 3000, Figures.complying(300));
        BalanceReport complete = balance.report(ALL, spread.id(), years.current(), Stage.PRIMARY);
        assertThat(complete.verdict()).as("with every survey in, the coefficient decides").isEqualTo(Verdict.NOT_MET);
        assertThat(complete.verdictUndecidedBecause()).isNull();

        OrgNodeView failing = county("一校不达标缺校县");
        counties().confirmed(counties().school(failing, Set.of(Stage.PRIMARY), false), 300, 0, 3000,
                Figures.complying(300).equipment(2000.0 * 300 * 0.5).multimedia(1));
        counties().school(failing, Set.of(Stage.PRIMARY), false);
        BalanceReport decided = balance.report(ALL, failing.id(), years.current(), Stage.PRIMARY);
        assertThat(decided.verdict()).as("no missing survey makes a failing school comply").isEqualTo(Verdict.NOT_MET);
        assertThat(decided.verdictUndecidedBecause()).isNull();
    }

    @Test
    void aSmallTeachingPointKeepsItsSevenValuesAndComplianceOutsideTheCoefficients() {
        OrgNodeView county = county("教学点县");
        OrgNodeView school = counties().school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView other = counties().school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView point = counties().school(county, Set.of(Stage.PRIMARY), true);
        counties().confirmed(school, 300, 0, 3000, Figures.complying(300));
        counties().confirmed(other, 200, 0, 3000, Figures.complying(200));
        counties().confirmed(point, 30, 0, 300, Figures.complying(30).multimedia(0).equipment(30_000));
        BalanceReport report = balance.report(ALL, county.id(), years.current(), Stage.PRIMARY);
        assertThat(report.schools()).hasSize(2);
        assertThat(report.excluded()).singleElement().satisfies(x -> {
            assertThat(x.line()).isNotNull();
            assertThat(x.line().quality()).hasSize(7);
            assertThat(x.line().complies()).isFalse();
            assertThat(x.line().indicatorsMet()).isEqualTo(5);
        });
        assertThat(report.judgedApart()).extracting(BalanceReport.SchoolBalance::name).containsExactly(point.name());
        assertThat(report.quality().get(QualityIndicator.EQUIPMENT_VALUE).schools()).as("not in the coefficients")
                .isEqualTo(2);
        assertThat(report.verdict()).as("teaching points apart do not decide the county").isEqualTo(Verdict.MET);
    }

    @Test
    void aSchoolRegisteredAfterAYearEndedIsNotMissingFromThatYear() {
        OrgNodeView county = county("新校县");
        OrgNodeView old = counties().school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView opened = counties().school(county, Set.of(Stage.PRIMARY), false);
        String last = years.recent(2).get(1);
        // the old school has been there for years; the new one was registered this school year
        jdbc.sql("UPDATE tenancy.org_node SET created_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.parse("2015-03-01T00:00:00Z")), old.id().value()).update();
        jdbc.sql("UPDATE tenancy.org_node SET created_at = ? WHERE id = ?")
                .params(Timestamp.from(years.firstDayOf(years.current()).atStartOfDay(ZoneId.of("Asia/Shanghai"))
                        .plusDays(3).toInstant()), opened.id().value()).update();
        BalanceReport earlier = balance.report(ALL, county.id(), last, Stage.PRIMARY);
        assertThat(earlier.missing()).extracting(BalanceReport.Missing::name).containsExactly(old.name());
        BalanceReport now = balance.report(ALL, county.id(), years.current(), Stage.PRIMARY);
        assertThat(now.missing()).extracting(BalanceReport.Missing::name).containsExactly(old.name(), opened.name());
        BalanceTrend trend = balance.trend(ALL, county.id(), Stage.PRIMARY, 2);
        assertThat(trend.years()).extracting(BalanceTrend.Year::missing).containsExactly(1, 2);
    }

    @Test
    void theBalancePageLeadsWithTheOverallVerdictAndAFailingSchoolsPageWithItsOwn() throws Exception {
        OrgNodeView county = county("页面结论县");
        OrgNodeView good = counties().school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView combined = counties().school(county, Set.of(Stage.PRIMARY, Stage.JUNIOR), false);
        OrgNodeView weak = counties().school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView point = counties().school(county, Set.of(Stage.PRIMARY), true);
        counties().confirmed(good, 300, 0, 3000, Figures.complying(300));
        counties().confirmed(combined, 200, 100, 3000, Figures.complying(300));
        // 4.497 m² of teaching rooms per student: under the minimum of 4.5, and must not read "4.50"
        counties().confirmed(weak, 1000, 0, 9000, new Figures(4497, 8000, 0, 2_500_000, 30, 100, 50, 10, 10)
                .equipment(1_500_000));
        counties().confirmed(point, 20, 0, 300, Figures.complying(20));
        var admin = authentication(fixture.as(fixture.regionAdmin()));

        Document page = Jsoup.parse(mvc.perform(get("/equity/balance").param("district", county.id().toString())
                .with(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("main section.card").id()).as("the verdict comes first").isEqualTo("verdict");
        assertThat(page.selectFirst("#overall-verdict").text()).isEqualTo("未达到优质均衡");
        assertThat(page.selectFirst("#overall-verdict").hasClass("good")).isFalse();
        assertThat(page.selectFirst("#complying").text()).startsWith("2 / 3 所参与计算的学校达标");
        assertThat(page.selectFirst("#teaching-points").text()).contains("1 个不足 50 名学生的教学点", "其中 1 个达标");
        assertThat(page.select("#compliance tbody tr")).hasSize(4);
        assertThat(page.select("#compliance tbody tr").last().text()).contains(point.name(), "不计入差异系数");
        assertThat(page.select("#compliance td").stream().filter(td -> td.attr("title").equals("4.497")).toList())
                .singleElement().satisfies(td -> assertThat(td.text()).isEqualTo("4.497"));
        assertThat(page.selectFirst("#combined-note").text()).contains("按全校学生折算");

        Document own = Jsoup.parse(mvc.perform(get("/equity/schools/{id}/balance", weak.id().value()).with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(own.selectFirst("#own-verdict .figure").text()).startsWith("本校未达标");
        assertThat(own.selectFirst("#county-verdict").text()).contains("这是全县的结论，不是本校的");
        assertThat(own.select(".figure.good")).as("no green headline on a failing school's page").isEmpty();
        assertThat(own.select("#verdict")).isEmpty();
    }
}
