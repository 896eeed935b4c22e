package org.educloud.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.educloud.shared.ConflictException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.BureauDraft;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.SchoolDraft;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Attacks a security review found, each kept out by a test. */
@EduCloudTest
class ReviewedAttacksTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TenancyManagement tenancy;

    @Autowired
    TenantFixture fixture;

    @Test
    void aSchoolAdminCannotResetTheAccountOfSomeonePromotedAboveThem() {
        Scope installation = Scope.installation();
        var promoted = identity.create(installation, new NewAccount("promoted.teacher", "升任教研员", null, null,
                Role.TEACHER, fixture.a().school().id().value(), TenantFixture.PASSWORD), false).account().id();
        identity.grant(installation, promoted, Role.DISTRICT_ADMIN, fixture.a().district().id());
        Scope schoolAdmin = identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN));
        assertThatThrownBy(() -> identity.issueActivationCode(schoolAdmin, promoted)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> identity.disable(schoolAdmin, promoted)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aDisabledAccountLosesItsOpenSession() throws Exception {
        var victim = identity.create(Scope.installation(), new NewAccount("soon.disabled", "即将停用", null, null,
                Role.TEACHER, fixture.b().school().id().value(), TenantFixture.PASSWORD), false).account().id();
        Cookie session = mvc.perform(formLogin("/login").user("soon.disabled").password(TenantFixture.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/home").cookie(session)).andExpect(status().isOk());
        identity.disable(identity.scopeOf(fixture.b().person(Role.SCHOOL_ADMIN)), victim);
        mvc.perform(get("/home").cookie(session)).andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void aUsernameCannotImpersonateSomeonesPhoneNumber() {
        Scope schoolAdmin = identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN));
        assertThatThrownBy(() -> identity.create(schoolAdmin, new NewAccount("13900000003", "冒名", null, null,
                Role.PARENT, fixture.a().school().id().value(), null))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aSchoolCannotBeReopenedUnderAClosedBureau() {
        Scope installation = Scope.installation();
        var district = tenancy.registerBureau(installation, fixture.region().id(), new BureauDraft("将撤销县教育局", null));
        var school = tenancy.registerSchool(installation, district.id(), new SchoolDraft("将撤销县小学", "3900000555",
                java.util.Set.of(Stage.PRIMARY), Locality.RURAL, false, null, null, null));
        tenancy.close(installation, school.id());
        tenancy.close(installation, district.id());
        assertThatThrownBy(() -> tenancy.reopen(installation, school.id())).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void absurdPageNumbersAreAnsweredNotCrashedOn() throws Exception {
        mvc.perform(get("/orgs").param("page", "999999999")
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/accounts").param("page", "2147483647")
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isOk());
    }
}
