package org.educloud.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.educloud.identity.ApiTokenScope;
import org.educloud.identity.ApiTokens;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class ApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    TenantFixture fixture;

    private String tokenOf(Role role) {
        return "Bearer " + tokens.create(fixture.a().person(role), "test", 1, ApiTokenScope.READ_WRITE);
    }

    @Test
    void aPersonalTokenActsAsItsOwner() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", tokenOf(Role.TEACHER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("fx.a.teacher"))
                .andExpect(jsonPath("$.grants[0].role").value("TEACHER"));
    }

    @Test
    void noTokenOrABadTokenGetsA401Problem() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://educloud.org/problems/unauthorized"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer ecpat_not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
    }

    @Test
    void aRevokedTokenStopsWorking() throws Exception {
        var owner = fixture.a().person(Role.SCHOOL_ADMIN);
        String secret = tokens.create(owner, "to revoke", null, ApiTokenScope.READ_WRITE);
        long id = tokens.of(owner).stream().filter(t -> t.name().equals("to revoke")).findFirst().orElseThrow().id();
        tokens.revoke(owner, id);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokensUseIsRecordedOnItsList() throws Exception {
        var owner = fixture.a().person(Role.TEACHER);
        String secret = tokens.create(owner, "used", null, ApiTokenScope.READ_WRITE);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        assertThat(tokens.of(owner).stream().filter(t -> t.name().equals("used")).findFirst().orElseThrow()
                .lastUsedAt()).isNotNull();
    }

    @Test
    void invalidInputGetsA422ProblemNamingEachFieldInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/orgs/{id}/schools", fixture.a().district().id().value())
                        .header("Authorization", tokenOf(Role.DISTRICT_ADMIN))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"schoolCode\":\"12ab\",\"stages\":[],\"locality\":\"URBAN\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://educloud.org/problems/validation"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("schoolCode")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("A school code has exactly 10 digits.")));
    }

    @Test
    void aDuplicateCodeIsAConflictAndMalformedJsonABadRequest() throws Exception {
        String admin = tokenOf(Role.DISTRICT_ADMIN);
        mvc.perform(post("/api/v1/orgs/{id}/schools", fixture.a().district().id().value())
                        .header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"重复\",\"schoolCode\":\"3900000002\",\"stages\":[\"PRIMARY\"],\"locality\":\"URBAN\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("schoolCode"));
        mvc.perform(post("/api/v1/orgs/{id}/schools", fixture.a().district().id().value())
                        .header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"unterminated"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aBodyThatIsNotJsonOrHasWrongTypesIsABadRequestProblemSayingWhatToCheck() throws Exception {
        String admin = tokenOf(Role.DISTRICT_ADMIN);
        for (String body : List.of("{not json", "[]", "null",
                "{\"name\":{\"a\":1},\"schoolCode\":\"3900000901\"}",
                "{\"name\":\"类型\",\"schoolCode\":\"3900000902\",\"stages\":\"PRIMARY\",\"locality\":7}")) {
            mvc.perform(post("/api/v1/orgs/{id}/schools", fixture.a().district().id().value())
                            .header("Authorization", admin).header("Accept-Language", "en")
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://educloud.org/problems/bad-request"))
                    .andExpect(jsonPath("$.title").value("Bad request"))
                    .andExpect(jsonPath("$.detail").value(
                            "The request body could not be read; check the JSON syntax and field types."));
        }
    }

    @Test
    void anUnknownRouteAWrongMethodAndAWrongMediaTypeAreProblemsToo() throws Exception {
        String teacher = tokenOf(Role.TEACHER);
        mvc.perform(get("/api/v1/no-such-thing").header("Authorization", teacher).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://educloud.org/problems/not-found"))
                .andExpect(jsonPath("$.detail").value(
                        "The API has no such address; check the path against /v3/api-docs."));
        mvc.perform(delete("/api/v1/me").header("Authorization", teacher))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("GET")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("不支持的方法"));
        mvc.perform(post("/api/v1/orgs/{id}/schools", fixture.a().district().id().value())
                        .header("Authorization", tokenOf(Role.DISTRICT_ADMIN))
                        .contentType(MediaType.TEXT_PLAIN).content("name=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aTeacherMayNotRegisterSchools() throws Exception {
        mvc.perform(post("/api/v1/orgs/{id}/schools", fixture.a().district().id().value())
                        .header("Authorization", tokenOf(Role.TEACHER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"越权\",\"schoolCode\":\"3900000777\",\"stages\":[\"PRIMARY\"],\"locality\":\"URBAN\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://educloud.org/problems/forbidden"));
    }

    @Test
    void healthIsPublicAndMetricsAreForOperatorsOnly() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", tokenOf(Role.DISTRICT_ADMIN)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOpenApiDescriptionListsTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/orgs']").exists());
    }
}
