package org.educloud.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.educloud.identity.IdentityFixture;
import org.educloud.identity.IntegrationScope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@EduCloudTest
class OneRosterApiTest {

    private static final String BASE = "/ims/oneroster/rostering/v1p2";

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    IdentityFixture clients;

    @Autowired
    JsonMapper json;

    @Test
    void aClientTradesItsCredentialsForABearerTokenWithItsScopes() throws Exception {
        mvc.perform(post("/oauth2/token").with(httpBasic(fixture.a().clientId(), fixture.a().clientSecret()))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("grant_type", "client_credentials")
                        .param("scope", IntegrationScope.ROSTER_CORE.uri()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.token_type").value("bearer"))
                .andExpect(jsonPath("$.expires_in").value(3600))
                .andExpect(jsonPath("$.scope").value(IntegrationScope.ROSTER_CORE.uri()))
                .andExpect(jsonPath("$.access_token").isString());
    }

    @Test
    void wrongCredentialsGrantTypesAndScopesAreRefusedInTheOAuthErrorShape() throws Exception {
        mvc.perform(post("/oauth2/token").with(httpBasic(fixture.a().clientId(), "wrong"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("grant_type", "client_credentials"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").value("invalid_client"));
        mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "password").param("client_id", fixture.a().clientId())
                        .param("client_secret", fixture.a().clientSecret()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("unsupported_grant_type"));
        var coreOnly = clients.registerClient(fixture.a().school().id(), "core only",
                List.of(IntegrationScope.ROSTER_CORE));
        mvc.perform(post("/oauth2/token").with(httpBasic(coreOnly.clientId(), coreOnly.clientSecret()))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("grant_type", "client_credentials")
                        .param("scope", IntegrationScope.ROSTER.uri()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("invalid_scope"));
    }

    @Test
    void withoutAValidClientTokenTheApiAnswers401InTheImsStatusShape() throws Exception {
        mvc.perform(get(BASE + "/classes"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.imsx_codeMajor").value("failure"))
                .andExpect(jsonPath("$.imsx_CodeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue")
                        .value("unauthorisedrequest"));
        mvc.perform(get(BASE + "/classes").header("Authorization", "Bearer ecat_forged"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aDistrictsClientReadsItsClassesWithPagingHeadersAndGuidRefs() throws Exception {
        String token = token(fixture.a().clientId(), fixture.a().clientSecret(), null);
        MockHttpServletResponse response = mvc.perform(get(BASE + "/classes").header("Authorization", bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse();
        JsonNode classes = json.readTree(response.getContentAsString()).get("classes");
        assertThat(ids(classes)).contains("class-" + fixture.a().classId())
                .doesNotContain("class-" + fixture.b().classId());
        assertThat(response.getHeader("X-Total-Count")).isEqualTo(String.valueOf(classes.size()));
        assertThat(response.getHeader("Link")).contains("rel=\"first\"").contains("rel=\"last\"");
        JsonNode first = classes.get(0);
        assertThat(first.get("school").get("href").asString()).startsWith("http://localhost" + BASE + "/orgs/org-");
        assertThat(first.get("terms").get(0).get("type").asString()).isEqualTo("academicSession");

        mvc.perform(get(BASE + "/classes/class-" + fixture.b().classId()).header("Authorization", bearer(token)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.imsx_CodeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue")
                        .value("unknownobject"));
    }

    @Test
    void theStudentsOfAClassCarryRolesIdentifiersUsernamesAndGuardians() throws Exception {
        String token = token(fixture.a().clientId(), fixture.a().clientSecret(), null);
        JsonNode users = body(get(BASE + "/classes/class-" + fixture.a().classId() + "/students"), token).get("users");
        assertThat(users.size()).isEqualTo(1);
        JsonNode student = users.get(0);
        assertThat(student.get("sourcedId").asString()).isEqualTo("user-s-" + fixture.a().studentId());
        assertThat(student.get("username").asString()).isEqualTo("fx.a.student");
        assertThat(student.get("roles").get(0).get("role").asString()).isEqualTo("student");
        assertThat(student.get("roles").get(0).get("org").get("sourcedId").asString())
                .isEqualTo("org-" + fixture.a().school().id());
        assertThat(student.get("userIds").get(0).get("type").asString()).isEqualTo("学籍号");
        assertThat(student.get("grades").get(0).asString()).isEqualTo("03");
        assertThat(student.get("agents").get(0).get("sourcedId").asString()).startsWith("user-g-");
        assertThat(student.get("enabledUser").asString()).isEqualTo("true");
        assertThat(student.get("primaryOrg").get("type").asString()).isEqualTo("org");
    }

    @Test
    void filterSortAndFieldsFollowTheSpecAndBadOnesAnswer400() throws Exception {
        String token = token(fixture.a().clientId(), fixture.a().clientSecret(), null);
        JsonNode teachers = body(get(BASE + "/users").param("filter", "role='teacher'")
                .param("sort", "familyName").param("orderBy", "desc"), token).get("users");
        assertThat(teachers).isNotEmpty();
        teachers.forEach(t -> assertThat(t.get("roles").get(0).get("role").asString()).isEqualTo("teacher"));

        JsonNode slim = body(get(BASE + "/users").param("fields", "sourcedId,givenName").param("limit", "1"), token);
        assertThat(slim.get("users").get(0).propertyNames()).containsExactly("sourcedId", "givenName");

        JsonNode changedLater = body(get(BASE + "/enrollments")
                .param("filter", "dateLastModified>'2999-01-01T00:00:00Z'"), token).get("enrollments");
        assertThat(changedLater).isEmpty();

        JsonNode either = body(get(BASE + "/users")
                .param("filter", "role='student' OR role='parent'"), token).get("users");
        assertThat(either).isNotEmpty();

        // An unknown sort field falls back to the default order rather than failing.
        body(get(BASE + "/users").param("sort", "password"), token);

        for (String[] bad : new String[][] {{"filter", "password='x'"}, {"filter", "role=teacher"},
                {"filter", "role='a' AND role='b' OR role='c'"}, {"filter", "dateLastModified>'yesterday'"},
                {"fields", "password"}, {"limit", "-1"}, {"orderBy", "sideways"}}) {
            mvc.perform(get(BASE + "/users").param(bad[0], bad[1]).header("Authorization", bearer(token)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.imsx_codeMajor").value("failure"));
        }
    }

    @Test
    void pagingWalksTheCollectionWithNextLinksAndTheTotalCount() throws Exception {
        String token = token(fixture.a().clientId(), fixture.a().clientSecret(), null);
        MockHttpServletResponse response = mvc.perform(get(BASE + "/users").param("limit", "1").param("offset", "1")
                        .header("Authorization", bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse();
        int total = Integer.parseInt(response.getHeader("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(response.getHeader("Link")).contains("offset=2").contains("rel=\"next\"")
                .contains("offset=0").contains("rel=\"prev\"").contains("offset=" + (total - 1) + ">; rel=\"last\"");
    }

    @Test
    void scopesDecideWhichCollectionsAClientMayRead() throws Exception {
        var coreOnly = clients.registerClient(fixture.a().school().id(), "core reader",
                List.of(IntegrationScope.ROSTER_CORE));
        String token = token(coreOnly.clientId(), coreOnly.clientSecret(), null);
        mvc.perform(get(BASE + "/classes").header("Authorization", bearer(token))).andExpect(status().isOk());
        mvc.perform(get(BASE + "/users").header("Authorization", bearer(token))).andExpect(status().isOk());
        mvc.perform(get(BASE + "/classes/class-" + fixture.a().classId() + "/students")
                        .header("Authorization", bearer(token)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.imsx_CodeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue")
                        .value("forbidden"));
        mvc.perform(get(BASE + "/demographics").header("Authorization", bearer(token)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRevokedClientsTokensStopWorkingAtOnce() throws Exception {
        var client = clients.registerClient(fixture.a().school().id(), "soon revoked",
                IntegrationScope.ALL);
        String token = token(client.clientId(), client.clientSecret(), null);
        mvc.perform(get(BASE + "/orgs").header("Authorization", bearer(token))).andExpect(status().isOk());
        clients.revokeClient(client.id());
        mvc.perform(get(BASE + "/orgs").header("Authorization", bearer(token))).andExpect(status().isUnauthorized());
    }

    @Test
    void aSchoolsClientSeesItsBureausAsParentsAndItsTermsButNoOtherSchool() throws Exception {
        var client = clients.registerClient(fixture.a().school().id(), "school lms",
                IntegrationScope.ALL);
        String token = token(client.clientId(), client.clientSecret(), null);
        JsonNode orgs = body(get(BASE + "/orgs"), token).get("orgs");
        assertThat(ids(orgs)).contains("org-" + fixture.a().school().id(), "org-" + fixture.a().district().id())
                .doesNotContain("org-" + fixture.b().school().id());
        assertThat(body(get(BASE + "/schools"), token).get("orgs").size()).isEqualTo(1);
        JsonNode terms = body(get(BASE + "/schools/org-" + fixture.a().school().id() + "/terms"), token)
                .get("academicSessions");
        assertThat(terms).isNotEmpty();
        assertThat(terms.get(0).get("parent").get("sourcedId").asString()).startsWith("sy-");
        JsonNode demographics = body(get(BASE + "/demographics/user-s-" + fixture.a().studentId()), token)
                .get("demographics");
        assertThat(demographics.get("birthDate").asString()).isEqualTo("2018-03-01");
        assertThat(demographics.get("sex").asString()).isEqualTo("male");
    }

    /** The tenant-isolation walk for the OneRoster binding: district A's client against district B's ids. */
    @Test
    void aDistrictsClientReachesNothingOfAnotherDistrict() throws Exception {
        String token = token(fixture.a().clientId(), fixture.a().clientSecret(), null);
        TenantFixture.Side other = fixture.b();
        List<String> leaks = new ArrayList<>();
        for (IsolatedEndpoint endpoint : RosterIsolatedEndpoints.oneRoster()) {
            MockHttpServletResponse response = mvc.perform(get(endpoint.uri().apply(other))
                    .header("Authorization", bearer(token))).andReturn().getResponse();
            String body = response.getContentAsString();
            if (response.getStatus() >= 500) {
                leaks.add(endpoint.key() + ": server error");
            } else if (endpoint.kind() == IsolatedEndpoint.Kind.BY_ID && response.getStatus() != 404) {
                leaks.add(endpoint.key() + ": answered " + response.getStatus());
            } else if (response.getStatus() == 200) {
                for (String marker : List.of(other.district().name(), other.school().name(), "fx.b.",
                        "org-" + other.school().id() + "\"", "class-" + other.classId() + "\"",
                        "user-s-" + other.studentId() + "\"")) {
                    if (body.contains(marker)) {
                        leaks.add(endpoint.key() + ": listed " + marker);
                    }
                }
            }
        }
        assertThat(leaks).as("OneRoster endpoints that reached district B").isEmpty();
    }

    private JsonNode body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                          String token) throws Exception {
        return json.readTree(mvc.perform(request.header("Authorization", bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String token(String clientId, String secret, String scope) throws Exception {
        var request = post("/oauth2/token").with(httpBasic(clientId, secret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("grant_type", "client_credentials");
        if (scope != null) {
            request.param("scope", scope);
        }
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("access_token").asString();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("sourcedId").asString()));
        return out;
    }
}
