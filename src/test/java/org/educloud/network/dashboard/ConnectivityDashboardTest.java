package org.educloud.network.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.educloud.identity.IdentityManagement;
import org.educloud.network.AccessType;
import org.educloud.network.ChangeSource;
import org.educloud.network.ConnectivityDraft;
import org.educloud.network.ConnectivityFigures;
import org.educloud.network.ConnectivityRegistry;
import org.educloud.network.LocalityBandwidth;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolStaffing;
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

/**
 * The bureau's dashboard over real declarations: district admins and the district's operations staff see their
 * district's figures (the staff without any person), nobody sees another district's, and equity's digital page
 * shows the same bandwidth per student by locality.
 */
@EduCloudTest
class ConnectivityDashboardTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    ConnectivityRegistry registry;
    @Autowired
    ConnectivityFigures figures;
    @Autowired
    ComputingConnectivity computing;
    @Autowired
    RosterDirectory roster;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void schoolAOnA300MegabitLine() {
        jdbc.sql("DELETE FROM network.connectivity_version WHERE school_id = ?")
                .param(fixture.a().school().id().value()).update();
        registry.record(identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN)), fixture.a().school().id(),
                new ConnectivityDraft(AccessType.FIBRE, "中国电信", 300, 50, true, true, 10, 8, 20), ChangeSource.FORM,
                null);
    }

    @Test
    void theDistrictsFiguresFollowFromItsSchoolsDeclarationsAndHeadCounts() {
        Scope admin = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        ConnectivityDashboard dashboard = computing.dashboard(admin, fixture.a().district().id());
        long students = roster.staffing(Scope.installation(), fixture.a().school().path()).stream()
                .mapToLong(SchoolStaffing::enrolledStudents).sum();
        ConnectivityDashboard.Row row = dashboard.rows().stream()
                .filter(r -> r.id().equals(fixture.a().school().id())).findFirst().orElseThrow();
        assertThat(row.school()).isTrue();
        assertThat(row.tally().value(Measure.CONNECTED_SHARE)).isEqualTo(1.0);
        assertThat(row.tally().value(Measure.SHARE_100)).isEqualTo(1.0);
        assertThat(row.tally().value(Measure.SHARE_1000)).isEqualTo(0.0);
        assertThat(row.tally().value(Measure.MULTIMEDIA_COVERAGE)).isEqualTo(0.8);
        assertThat(row.line().students()).isEqualTo(students);
        if (students > 0) {
            assertThat(row.tally().value(Measure.MBPS_PER_STUDENT)).isEqualTo(300.0 / students);
        }
        LocalityBandwidth own = figures.bandwidthByLocality(admin, fixture.a().district().id()).stream()
                .filter(b -> b.locality() == fixture.a().school().locality()).findFirst().orElseThrow();
        assertThat(own.connectedSchools()).isGreaterThanOrEqualTo(1);
        assertThat(own.contractedDownMbps()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void theOperationsStaffOfADistrictSeeItsDashboardWithoutAnyPerson() throws Exception {
        var staff = authentication(fixture.as(fixture.a().person(Role.OPERATIONS_STAFF)));
        mvc.perform(get("/network/dashboard?org=" + fixture.a().district().id().value()).with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(fixture.a().school().name())))
                .andExpect(content().string(Matchers.containsString("connectivity-localities")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(fixture.a().school().name() + "学生"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/network/connectivity/import"))));
        mvc.perform(get("/network/dashboard").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(fixture.a().district().name())));
        mvc.perform(get("/network/dashboard?org=" + fixture.b().district().id().value()).with(staff))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTeacherAndAnotherDistrictsAdminAreToldTheDashboardDoesNotExist() throws Exception {
        mvc.perform(get("/network/dashboard?org=" + fixture.a().district().id().value())
                        .with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/network/dashboard?org=" + fixture.a().district().id().value())
                        .with(authentication(fixture.as(fixture.b().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> figures.bandwidthByLocality(identity.scopeOf(fixture.b().person(Role.DISTRICT_ADMIN)),
                fixture.a().district().id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theRegionsDashboardDrillsDownToItsDistricts() throws Exception {
        mvc.perform(get("/network/dashboard?org=" + fixture.region().id().value())
                        .with(authentication(fixture.as(fixture.regionAdmin()))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "/network/dashboard?org=" + fixture.a().district().id().value())));
    }

    @Test
    void equitysDigitalPageShowsBandwidthPerStudentByLocality() throws Exception {
        mvc.perform(get("/equity/digital?org=" + fixture.a().district().id().value())
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("bandwidth-localities")))
                .andExpect(content().string(Matchers.containsString("data-locality=\"RURAL\"")));
    }
}
