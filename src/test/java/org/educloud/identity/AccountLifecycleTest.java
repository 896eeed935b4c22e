package org.educloud.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import org.educloud.identity.audit.AuditEntryView;
import org.educloud.identity.audit.AuditLog;
import org.educloud.identity.audit.AuditQuery;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class AccountLifecycleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    AuditLog audit;

    @Autowired
    TenantFixture fixture;

    @Test
    void anImportedPersonActivatesWithTheirCodeAndThenLogsIn() throws Exception {
        Scope schoolAdmin = identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN));
        AccountCreated created = identity.create(schoolAdmin, new NewAccount("new.student", "新同学", null, null,
                Role.STUDENT, fixture.a().school().id().value(), null));
        assertThat(created.account().status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);
        assertThat(created.activationCode()).hasSize(8);

        assertThat(identity.activate("new.student", "WRONGCODE", "Goodpass2026")).containsExactly("identity.activation.invalid");
        assertThat(identity.activate("new.student", created.activationCode().toLowerCase(), "short"))
                .contains("identity.password.tooShort");
        assertThat(identity.activate("new.student", created.activationCode(), "Goodpass2026")).isEmpty();

        mvc.perform(formLogin("/login").user("new.student").password("Goodpass2026"))
                .andExpect(authenticated().withRoles("STUDENT"));
        assertThat(identity.activate("new.student", created.activationCode(), "Another2026x"))
                .as("a code works once").containsExactly("identity.activation.invalid");
    }

    @Test
    void anInitialPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        Scope schoolAdmin = identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN));
        identity.create(schoolAdmin, new NewAccount("new.teacher", "新老师", "13811112222", null, Role.TEACHER,
                fixture.a().school().id().value(), "Initial2026"));
        Cookie session = mvc.perform(formLogin("/login").user("new.teacher").password("Initial2026"))
                .andExpect(redirectedUrl("/account/password"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/home").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("current", "Initial2026").param("password", "Mine2026ok").param("confirmation", "Mine2026ok"))
                .andExpect(redirectedUrl("/home"));
        mvc.perform(get("/home").cookie(session))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
    }

    @Test
    void aTeacherCannotCreateAccountsAndADistrictAdminCannotMintAnotherDistrictAdmin() {
        Scope teacher = identity.scopeOf(fixture.a().person(Role.TEACHER));
        assertThatThrownBy(() -> identity.create(teacher, new NewAccount("sneaky.one", "x", null, null, Role.STUDENT,
                fixture.a().school().id().value(), null))).isInstanceOf(ForbiddenException.class);

        Scope districtAdmin = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        assertThatThrownBy(() -> identity.create(districtAdmin, new NewAccount("peer.admin", "x", null, null,
                Role.DISTRICT_ADMIN, fixture.a().district().id().value(), null))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> identity.create(districtAdmin, new NewAccount("misplaced", "x", null, null,
                Role.TEACHER, fixture.a().district().id().value(), null))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void grantChangesTakeEffectAtOnceAndAreAudited() throws Exception {
        Scope districtAdmin = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        var teacher = fixture.a().person(Role.TEACHER);
        identity.grant(districtAdmin, teacher, Role.SCHOOL_ADMIN, fixture.a().school().id());
        assertThat(identity.scopeOf(teacher).has(Role.SCHOOL_ADMIN)).isTrue();
        long grantId = identity.self(teacher).grants().stream().filter(g -> g.role() == Role.SCHOOL_ADMIN)
                .findFirst().orElseThrow().id();
        mvc.perform(post("/admin/accounts/{id}/grants/{g}/revoke", teacher.value(), grantId)
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + teacher.value()));
        assertThat(identity.scopeOf(teacher).has(Role.SCHOOL_ADMIN)).isFalse();

        List<String> actions = audit.search(districtAdmin, new AuditQuery("fx.a.district", "grant.", null, null), 0, 10)
                .items().stream().map(AuditEntryView::action).toList();
        assertThat(actions).contains("grant.added", "grant.revoked");
    }

    @Test
    void listsMaskPhoneNumbersWhileTheAdminsDetailPageShowsThem() {
        Scope schoolAdmin = identity.scopeOf(fixture.b().person(Role.SCHOOL_ADMIN));
        identity.create(schoolAdmin, new NewAccount("masked.phone", "手机号", "13912345678", null, Role.PARENT,
                fixture.b().school().id().value(), null));
        var listed = identity.search(schoolAdmin, "masked.phone", null, null, 0, 10).items().getFirst();
        assertThat(listed.phone()).isEqualTo("139****5678");
        assertThat(identity.administered(schoolAdmin, listed.id()).phone()).isEqualTo("13912345678");
    }
}
