package org.educloud.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.educloud.development.assessments.SchoolYear;
import org.educloud.development.assessments.SelfAssessments;
import org.educloud.development.frameworks.Frameworks;
import org.educloud.development.reports.CompetenceReport;
import org.educloud.development.reports.ComputingReports;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A school's or bureau's report counts every teacher, and never shows the levels of a group too small to hide one. */
@EduCloudTest
class CompetenceReportTest {

    @Autowired
    ComputingReports reports;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    Frameworks frameworks;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    private Scope scope(Role role) {
        return identity.scopeOf(fixture.a().person(role));
    }

    @BeforeEach
    void theFixtureTeacherHasAssessedThemself() {
        jdbc.sql("DELETE FROM development.self_assessment WHERE teacher_account = ?")
                .param(fixture.a().person(Role.TEACHER).value()).update();
        Map<Long, Integer> levels = new HashMap<>();
        frameworks.tree(scope(Role.TEACHER), frameworks.national()).indicators().forEach(i -> levels.put(i.id(), 3));
        assessments.rate(scope(Role.TEACHER), frameworks.national(), levels, Map.of());
    }

    @Test
    void aSchoolOfOneAssessedTeacherShowsCountsButNoLevels() {
        CompetenceReport report = reports.report(scope(Role.SCHOOL_ADMIN), fixture.a().school().id(),
                frameworks.national(), SchoolYear.current(clock));
        assertThat(report.assessed()).isEqualTo(1);
        assertThat(report.teachers()).isGreaterThanOrEqualTo(1);
        assertThat(report.suppressed()).isTrue();
        assertThat(report.mean()).isNull();
        assertThat(report.dimensions()).hasSize(5).allSatisfy(d -> {
            assertThat(d.suppressed()).isTrue();
            assertThat(d.mean()).isNull();
        });
        assertThat(report.schools()).singleElement().satisfies(s -> {
            assertThat(s.assessed()).isEqualTo(1);
            assertThat(s.suppressed()).isTrue();
            assertThat(s.dimensionMeans()).containsOnlyNulls();
        });
        assertThat(report.assessedTeachers()).extracting(CompetenceReport.Unassessed::account)
                .contains(fixture.a().person(Role.TEACHER).value());
        assertThat(report.unassessed()).extracting(CompetenceReport.Unassessed::account)
                .doesNotContain(fixture.a().person(Role.TEACHER).value());
    }

    @Test
    void theDistrictReportsItsSchoolsAndTheOtherDistrictFindsNothing() {
        CompetenceReport report = reports.report(scope(Role.DISTRICT_ADMIN), fixture.a().district().id(),
                frameworks.national(), SchoolYear.current(clock));
        assertThat(report.schools()).extracting(CompetenceReport.GroupLine::name)
                .contains(fixture.a().school().name()).doesNotContain(fixture.b().school().name());
        Scope otherSchool = identity.scopeOf(fixture.b().person(Role.SCHOOL_ADMIN));
        assertThatThrownBy(() -> reports.report(otherSchool, fixture.a().school().id(), frameworks.national(),
                SchoolYear.current(clock))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.node(scope(Role.TEACHER), fixture.a().school().id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theGiniOfEqualSchoolsIsZeroAndGrowsWithTheGap() {
        assertThat(giniOf(List.of(2.0, 2.0, 2.0))).isZero();
        assertThat(giniOf(List.of(1.0, 3.0))).isEqualTo(0.25);
        assertThat(giniOf(List.of(2.0))).isNull();
    }

    private static Double giniOf(List<Double> means) {
        try {
            var method = ComputingReports.class.getDeclaredMethod("gini", List.class);
            method.setAccessible(true);
            return (Double) method.invoke(null, means);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theReportPageAndItsWorkbookShowTheSchool() throws Exception {
        mvc.perform(get("/development/reports").param("org", String.valueOf(fixture.a().school().id().value()))
                        .with(authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN)))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("人数过少，不显示")));
        byte[] xlsx = mvc.perform(get("/development/reports.xlsx").param("org",
                                String.valueOf(fixture.a().district().id().value()))
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertThat(sheets).containsExactly("维度分布", "学校", "城乡", "未自评教师");
            List<String> schools = workbook.getSheets().toList().get(1).read().stream()
                    .map(r -> r.getCellText(0)).toList();
            assertThat(schools).contains(fixture.a().school().name());
        }
        mvc.perform(get("/development/reports").param("org", String.valueOf(fixture.a().school().id().value()))
                        .with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isNotFound());
    }
}
