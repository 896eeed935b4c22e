package org.educloud.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Each admin sees and manages the OpenID Connect clients of their own node only. */
@EduCloudTest
class OidcClientIsolationTest {

    @Autowired
    OidcClients clients;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TenantFixture tenants;

    @Autowired
    MockMvc mvc;

    @Test
    void aSchoolAdminNeitherSeesNorRevokesAnotherSchoolsClients() throws Exception {
        TenantFixture.Side a = tenants.a();
        TenantFixture.Side b = tenants.b();
        Scope adminA = identity.scopeOf(a.person(Role.SCHOOL_ADMIN));
        Scope adminB = identity.scopeOf(b.person(Role.SCHOOL_ADMIN));
        IssuedOidcClient ofA = clients.register(adminA, OidcApps.draft(a, Set.of("profile"), false));

        assertThat(clients.visibleTo(adminA)).extracting(OidcClientView::clientId).contains(ofA.clientId());
        assertThat(clients.visibleTo(adminB)).extracting(OidcClientView::clientId).doesNotContain(ofA.clientId());
        assertThatThrownBy(() -> clients.revoke(adminB, ofA.id())).isInstanceOf(NotFoundException.class);
        String page = mvc.perform(get("/admin/oidc-clients").with(authentication(tenants.as(b.person(Role.SCHOOL_ADMIN)))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(ofA.clientId());
        assertThatThrownBy(() -> clients.register(adminB, OidcApps.draft(a, Set.of("profile"), false)))
                .isInstanceOfAny(NotFoundException.class, ForbiddenException.class);
    }

    @Test
    void onlyABureauMayPreApproveAndRedirectUrisMustBeExactHttpsAddresses() {
        TenantFixture.Side a = tenants.a();
        Scope schoolAdmin = identity.scopeOf(a.person(Role.SCHOOL_ADMIN));
        Scope districtAdmin = identity.scopeOf(a.person(Role.DISTRICT_ADMIN));

        assertThatThrownBy(() -> clients.register(schoolAdmin, OidcApps.draft(a, Set.of("profile"), true)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(clients.register(districtAdmin, OidcApps.draft(a, Set.of("profile"), true)).clientSecret())
                .isNotBlank();
        for (String bad : List.of("http://apps.example.cn/cb", "https://apps.example.cn/cb#frag", "/relative",
                "javascript:alert(1)")) {
            assertThatThrownBy(() -> clients.register(schoolAdmin, new OidcClientDraft(a.school().id(), "坏地址",
                    List.of(bad), List.of(), Set.of(), true, false))).as(bad).isInstanceOf(RuleViolationException.class);
        }
    }

    @Test
    void revokingAClientEndsItsRegistration() {
        TenantFixture.Side a = tenants.a();
        Scope adminA = identity.scopeOf(a.person(Role.SCHOOL_ADMIN));
        IssuedOidcClient issued = clients.register(adminA, OidcApps.draft(a, Set.of(), false));

        clients.revoke(adminA, issued.id());

        assertThat(clients.nodeOf(issued.id())).isEmpty();
        assertThat(clients.visibleTo(adminA)).filteredOn(c -> c.id().equals(issued.id()))
                .singleElement().extracting(OidcClientView::revoked).isEqualTo(true);
    }
}
