package org.educloud.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.network.connectivity.RecordingConnectivity;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A school's own connectivity form: each change a new version beside the old one with who made it, bad input
 * shown again with the problem in the reader's language, and only the school's and its bureaus' admins may change it.
 */
@EduCloudTest
class ConnectivityFormTest {

    private static final ConnectivityDraft FIBRE = new ConnectivityDraft(AccessType.FIBRE, "中国电信", 300, 50, true,
            true, 12, 10, 30);

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    RecordingConnectivity registry;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aSchoolThatDeclaredNothing() {
        jdbc.sql("DELETE FROM network.connectivity_version WHERE school_id IN (?, ?)")
                .params(fixture.a().school().id().value(), fixture.b().school().id().value()).update();
    }

    private Scope as(Role role) {
        return identity.scopeOf(fixture.a().person(role));
    }

    @Test
    void aChangeOpensANewVersionAndKeepsTheOldOneWithWhoMadeIt() {
        ConnectivityView first = registry.record(as(Role.SCHOOL_ADMIN), fixture.a().school().id(), FIBRE,
                ChangeSource.FORM, null);
        ConnectivityDraft faster = new ConnectivityDraft(AccessType.FIBRE, "中国电信", 1000, 200, true, true, 12, 12, 40);
        ConnectivityView second = registry.record(as(Role.DISTRICT_ADMIN), fixture.a().school().id(), faster,
                ChangeSource.FORM, first.version());

        List<ConnectivityView> history = registry.history(as(Role.SCHOOL_ADMIN), fixture.a().school().id());
        assertThat(history).extracting(ConnectivityView::contractedDownMbps).containsExactly(1000, 300);
        assertThat(history.getFirst().validTo()).isNull();
        assertThat(history.get(1).validTo()).isEqualTo(second.validFrom());
        assertThat(history).extracting(ConnectivityView::changedByName).containsExactly(
                identity.self(fixture.a().person(Role.DISTRICT_ADMIN)).displayName(),
                identity.self(fixture.a().person(Role.SCHOOL_ADMIN)).displayName());
        assertThat(registry.current(as(Role.SCHOOL_ADMIN), fixture.a().school().id())).contains(second);
    }

    @Test
    void savingTheSameValuesAgainOpensNoVersion() {
        ConnectivityView first = registry.record(as(Role.SCHOOL_ADMIN), fixture.a().school().id(), FIBRE,
                ChangeSource.FORM, null);
        registry.record(as(Role.SCHOOL_ADMIN), fixture.a().school().id(), FIBRE, ChangeSource.FORM, first.version());
        assertThat(registry.history(as(Role.SCHOOL_ADMIN), fixture.a().school().id())).hasSize(1);
    }

    @Test
    void aChangeMadeMeanwhileIsNotOverwritten() {
        ConnectivityView first = registry.record(as(Role.SCHOOL_ADMIN), fixture.a().school().id(), FIBRE,
                ChangeSource.FORM, null);
        registry.record(as(Role.DISTRICT_ADMIN), fixture.a().school().id(),
                new ConnectivityDraft(AccessType.MOBILE, "中国移动", 50, 10, false, true, 12, 10, 30), ChangeSource.FORM,
                first.version());
        assertThatThrownBy(() -> registry.record(as(Role.SCHOOL_ADMIN), fixture.a().school().id(), FIBRE,
                ChangeSource.FORM, first.version())).isInstanceOf(ConflictException.class);
    }

    @Test
    void fieldsAgreeWithTheAccessAndMultimediaRoomsAreClassrooms() {
        Scope admin = as(Role.SCHOOL_ADMIN);
        var school = fixture.a().school().id();
        assertThatThrownBy(() -> registry.record(admin, school, new ConnectivityDraft(AccessType.FIBRE, " ", 100, 20,
                true, true, 5, 5, 5), ChangeSource.FORM, null))
                .isInstanceOfSatisfying(FieldRuleViolationException.class, e -> assertThat(e.field()).isEqualTo("provider"));
        assertThatThrownBy(() -> registry.record(admin, school, new ConnectivityDraft(AccessType.SATELLITE, "中国卫通",
                null, 4, false, false, 5, 1, 5), ChangeSource.FORM, null))
                .isInstanceOfSatisfying(FieldRuleViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("contractedDownMbps"));
        assertThatThrownBy(() -> registry.record(admin, school, new ConnectivityDraft(AccessType.NONE, null, 20, null,
                false, false, 5, 0, 5), ChangeSource.FORM, null))
                .isInstanceOfSatisfying(FieldRuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("network.validation.bandwidth.none"));
        assertThatThrownBy(() -> registry.record(admin, school, new ConnectivityDraft(AccessType.FIBRE, "电信", 100, 20,
                true, true, 5, 6, 5), ChangeSource.FORM, null))
                .isInstanceOfSatisfying(FieldRuleViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("multimediaClassrooms"));
        assertThatThrownBy(() -> registry.record(admin, school, new ConnectivityDraft(AccessType.FIBRE, "电信", -1, 20,
                true, true, 5, 5, 5), ChangeSource.FORM, null))
                .isInstanceOfSatisfying(FieldRuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("network.validation.notNegative"));
        assertThat(registry.history(admin, school)).isEmpty();
        // a school without any access is a declaration like any other
        registry.record(admin, school, new ConnectivityDraft(AccessType.NONE, null, null, null, false, false, 3, 0, 1),
                ChangeSource.FORM, null);
        assertThat(registry.history(admin, school)).hasSize(1);
    }

    @Test
    void theFormShowsEachProblemBesideItsFieldInChineseAndEnglishAndSavesNothing() throws Exception {
        mvc.perform(save(fixture.a().person(Role.SCHOOL_ADMIN)).param("accessType", "FIBRE").param("provider", "")
                        .param("contractedDownMbps", "100").param("contractedUpMbps", "20")
                        .param("classrooms", "5").param("multimediaClassrooms", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("已接入互联网的学校请填写运营商")));
        mvc.perform(save(fixture.a().person(Role.SCHOOL_ADMIN)).cookie(new Cookie("educloud-lang", "en"))
                        .param("accessType", "FIBRE").param("provider", "China Telecom")
                        .param("contractedDownMbps", "-5").param("contractedUpMbps", "20"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("May not be negative.")));
        mvc.perform(save(fixture.a().person(Role.SCHOOL_ADMIN)).param("accessType", "FIBRE").param("provider", "电信")
                        .param("contractedDownMbps", "100").param("contractedUpMbps", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"abc\"")));
        mvc.perform(save(fixture.a().person(Role.SCHOOL_ADMIN)).cookie(new Cookie("educloud-lang", "en"))
                        .param("accessType", "CABLE"))
                .andExpect(status().isOk());
        assertThat(registry.history(as(Role.SCHOOL_ADMIN), fixture.a().school().id())).isEmpty();
    }

    @Test
    void theSchoolAdminSavesThroughTheFormAndReadsTheHistory() throws Exception {
        mvc.perform(save(fixture.a().person(Role.SCHOOL_ADMIN)).param("accessType", "SATELLITE")
                        .param("provider", "中国卫通").param("contractedDownMbps", "20").param("contractedUpMbps", "4")
                        .param("wirelessCoverage", "true").param("classrooms", "6").param("multimediaClassrooms", "2")
                        .param("teachingTerminals", "8"))
                .andExpect(status().is3xxRedirection());
        ConnectivityView saved = registry.current(as(Role.SCHOOL_ADMIN), fixture.a().school().id()).orElseThrow();
        assertThat(saved.accessType()).isEqualTo(AccessType.SATELLITE);
        assertThat(saved.wirelessCoverage()).isTrue();
        assertThat(saved.wiredCoverage()).isFalse();
        assertThat(saved.source()).isEqualTo(ChangeSource.FORM);
        mvc.perform(get("/network/schools/" + fixture.a().school().id().value())
                        .with(authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN)))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("connectivity-history")))
                .andExpect(content().string(Matchers.containsString("中国卫通")));
    }

    @Test
    void aTeacherOfTheSchoolNeitherChangesNorReadsIt() throws Exception {
        mvc.perform(save(fixture.a().person(Role.TEACHER)).param("accessType", "FIBRE").param("provider", "电信")
                .param("contractedDownMbps", "100").param("contractedUpMbps", "20")).andExpect(status().isNotFound());
        mvc.perform(get("/network/schools/" + fixture.a().school().id().value())
                .with(authentication(fixture.as(fixture.a().person(Role.TEACHER))))).andExpect(status().isNotFound());
        assertThatThrownBy(() -> registry.record(as(Role.TEACHER), fixture.a().school().id(), FIBRE,
                ChangeSource.FORM, null)).isInstanceOf(NotFoundException.class);
        assertThat(registry.history(as(Role.SCHOOL_ADMIN), fixture.a().school().id())).isEmpty();
    }

    @Test
    void anotherDistrictsAdminIsToldTheSchoolDoesNotExist() throws Exception {
        mvc.perform(save(fixture.b().person(Role.DISTRICT_ADMIN)).param("accessType", "NONE"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/network/schools/" + fixture.a().school().id().value())
                .with(authentication(fixture.as(fixture.b().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isNotFound());
        assertThat(registry.history(as(Role.SCHOOL_ADMIN), fixture.a().school().id())).isEmpty();
    }

    @Test
    void operationsStaffReadTheSchoolsConnectivityButDoNotChangeIt() throws Exception {
        registry.record(as(Role.SCHOOL_ADMIN), fixture.a().school().id(), FIBRE, ChangeSource.FORM, null);
        mvc.perform(get("/network/schools/" + fixture.a().school().id().value())
                        .with(authentication(fixture.as(fixture.a().person(Role.OPERATIONS_STAFF)))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("中国电信")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"save\""))));
        mvc.perform(save(fixture.a().person(Role.OPERATIONS_STAFF)).param("accessType", "NONE"))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder save(UserId caller) {
        // as the form sends it: an unticked box is only its marker
        return post("/network/schools/" + fixture.a().school().id().value())
                .with(authentication(fixture.as(caller))).with(csrf())
                .param("_wiredCoverage", "on").param("_wirelessCoverage", "on");
    }
}
