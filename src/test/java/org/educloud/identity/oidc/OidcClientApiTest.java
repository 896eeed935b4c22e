package org.educloud.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.educloud.shared.Role;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Registering, listing and revoking OpenID Connect clients over JSON, scoped like the pages, errors as problems. */
@EduCloudTest
class OidcClientApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantFixture tenants;
    @Autowired
    JsonMapper json;

    @Test
    void aSchoolAdminRegistersAClientAndSeesItsSecretOnceThenRevokesIt() throws Exception {
        TenantFixture.Side a = tenants.a();
        UserId admin = a.person(Role.SCHOOL_ADMIN);

        MockHttpServletResponse created = send(admin, "{\"orgId\":" + a.school().id().value()
                + ",\"name\":\"视频课堂\",\"redirectUris\":[\"https://video.example.cn/login/oauth2/code/educloud\"],"
                + "\"scopes\":[\"profile\",\"email\"]}", "/api/v1/oidc-clients");

        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        JsonNode issued = json.readTree(created.getContentAsString());
        String id = issued.get("id").asString();
        String secret = issued.get("clientSecret").asString();
        assertThat(secret).startsWith("ecsec_");
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/oidc-clients/" + id);
        String list = read(admin, "/api/v1/oidc-clients").getContentAsString();
        assertThat(list).contains(issued.get("clientId").asString()).contains("视频课堂").doesNotContain(secret);
        JsonNode one = json.readTree(read(admin, "/api/v1/oidc-clients/" + id).getContentAsString());
        assertThat(one.get("redirectUris").get(0).asString()).isEqualTo("https://video.example.cn/login/oauth2/code/educloud");
        assertThat(one.get("scopes").toString()).contains("openid", "profile", "email");
        assertThat(one.toString()).doesNotContain(secret);

        assertThat(send(admin, null, "/api/v1/oidc-clients/" + id + "/revoke").getStatus()).isEqualTo(204);
        assertThat(json.readTree(read(admin, "/api/v1/oidc-clients/" + id).getContentAsString()).get("revoked")
                .asBoolean()).isTrue();
    }

    @Test
    void anotherSchoolsAdminNeitherSeesNorRevokesTheClient() throws Exception {
        String ofA = OidcClientFixture.get().clientOf(tenants.a());
        UserId adminB = tenants.b().person(Role.SCHOOL_ADMIN);

        assertThat(read(adminB, "/api/v1/oidc-clients").getContentAsString()).doesNotContain(ofA);
        assertThat(read(adminB, "/api/v1/oidc-clients/" + ofA).getStatus()).isEqualTo(404);
        MockHttpServletResponse revoke = send(adminB, null, "/api/v1/oidc-clients/" + ofA + "/revoke");
        assertThat(revoke.getStatus()).isEqualTo(404);
        assertThat(revoke.getContentType()).contains("application/problem+json");
        assertThat(send(adminB, "{\"orgId\":" + tenants.a().school().id().value()
                + ",\"name\":\"越界\",\"redirectUris\":[\"https://x.example.cn/cb\"]}", "/api/v1/oidc-clients")
                .getStatus()).isIn(403, 404);
    }

    @Test
    void badRegistrationsAreProblemDetailsInTheCallersLanguageAndRegisterNothing() throws Exception {
        TenantFixture.Side a = tenants.a();
        UserId admin = a.person(Role.SCHOOL_ADMIN);
        String before = read(admin, "/api/v1/oidc-clients").getContentAsString();

        MockHttpServletResponse plainHttp = send(admin, "{\"orgId\":" + a.school().id().value()
                + ",\"name\":\"明文\",\"redirectUris\":[\"http://apps.example.cn/cb\"]}", "/api/v1/oidc-clients");
        MockHttpServletResponse unknownScope = send(admin, "{\"orgId\":" + a.school().id().value()
                + ",\"name\":\"全部\",\"redirectUris\":[\"https://apps.example.cn/cb\"],\"scopes\":[\"address\"]}",
                "/api/v1/oidc-clients");
        MockHttpServletResponse missing = send(admin, "{\"name\":\"\"}", "/api/v1/oidc-clients");
        MockHttpServletResponse malformed = send(admin, "{\"orgId\":", "/api/v1/oidc-clients");
        MockHttpServletResponse preApproved = send(admin, "{\"orgId\":" + a.school().id().value()
                + ",\"name\":\"免同意\",\"redirectUris\":[\"https://apps.example.cn/cb\"],\"preApproved\":true}",
                "/api/v1/oidc-clients");

        for (MockHttpServletResponse refused : java.util.List.of(plainHttp, unknownScope, missing, malformed)) {
            assertThat(refused.getStatus()).as(refused.getContentAsString()).isBetween(400, 422);
            assertThat(refused.getContentType()).contains("application/problem+json");
        }
        assertThat(json.readTree(plainHttp.getContentAsString()).get("detail").asString())
                .contains("http://apps.example.cn/cb");
        assertThat(preApproved.getStatus()).as("only a bureau pre-approves").isEqualTo(403);
        assertThat(read(admin, "/api/v1/oidc-clients").getContentAsString()).isEqualTo(before);
    }

    private MockHttpServletResponse read(UserId caller, String path) throws Exception {
        return mvc.perform(get(path).with(authentication(tenants.asTokenHolder(caller)))
                .cookie(new Cookie("educloud-lang", "zh_CN"))).andReturn().getResponse();
    }

    private MockHttpServletResponse send(UserId caller, String body, String path) throws Exception {
        var request = post(path).with(authentication(tenants.asTokenHolder(caller)))
                .cookie(new Cookie("educloud-lang", "zh_CN"));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
