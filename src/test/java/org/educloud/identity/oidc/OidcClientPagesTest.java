package org.educloud.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.educloud.shared.Role;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The admin page registers a client, shows its secret this once, lists it, and revokes it, in both languages. */
@EduCloudTest
class OidcClientPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantFixture tenants;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"zh_CN", "en"})
    void aSchoolAdminRegistersOnThePageSeesTheSecretOnceAndRevokesTheClient(String language) throws Exception {
        TenantFixture.Side a = tenants.a();
        UserId admin = a.person(Role.SCHOOL_ADMIN);
        String name = "页面应用" + language;

        String issued = mvc.perform(post("/admin/oidc-clients").with(authentication(tenants.as(admin))).with(csrf())
                        .cookie(new Cookie("educloud-lang", language)).param("name", name)
                        .param("orgId", a.school().id().value() + "").param("redirectUris", "https://page.example.cn/cb")
                        .param("scopes", "profile"))
                .andReturn().getResponse().getContentAsString();

        String secret = issued.replaceAll("(?s).*id=\"client-secret\">(ecsec_[A-Za-z0-9]+)<.*", "$1");
        assertThat(secret).startsWith("ecsec_");
        assertThat(issued).contains("/.well-known/openid-configuration").doesNotContain("??");
        String listed = page(admin, language);
        assertThat(listed).contains(name).doesNotContain(secret).doesNotContain("??");
        String id = listed.replaceAll("(?s).*?/admin/oidc-clients/([0-9a-f-]{36})/revoke.*", "$1");

        mvc.perform(post("/admin/oidc-clients/" + id + "/revoke").with(authentication(tenants.as(admin))).with(csrf()));

        assertThat(page(admin, language)).doesNotContain("/admin/oidc-clients/" + id + "/revoke");
    }

    private String page(UserId admin, String language) throws Exception {
        return mvc.perform(get("/admin/oidc-clients").with(authentication(tenants.as(admin)))
                .cookie(new Cookie("educloud-lang", language))).andReturn().getResponse().getContentAsString();
    }
}
