package org.educloud.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * EduCloud as an OpenID Connect provider, driven over HTTP as a relying party sees it: log in through the real
 * login form, follow the redirects, trade the code with its PKCE verifier, and check the tokens with Nimbus JOSE
 * against the published JWKS only.
 */
@EduCloudTest
class OidcProviderTest {

        @LocalServerPort
    int port;

    @Autowired
    OidcClients clients;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TenantFixture tenants;

    @Test
    void aServerAppSignsATeacherInWithCodeAndPkceAndVerifiesTheTokensItself() throws Exception {
        TenantFixture.Side a = tenants.a();
        OidcApps.Person teacher = teacherOf(a);
        RelyingParty app = preApprovedApp(a, Set.of("profile", "email", "phone"));

        String callback = app.signIn(teacher.username(), TenantFixture.PASSWORD, "openid profile email phone");

        assertThat(callback).startsWith(RelyingParty.REDIRECT);
        assertThat(RelyingParty.query(callback)).containsEntry("state", app.state);
        HttpResponse<String> tokens = app.exchange(RelyingParty.codeOf(callback), app.verifier);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode body = RelyingParty.json(tokens.body());
        JWTClaimsSet id = app.verified(body.get("id_token").asString());
        assertThat(id.getIssuer()).isEqualTo(app.discovery().get("issuer").asString());
        assertThat(id.getAudience()).containsExactly(app.clientId);
        assertThat(id.getStringClaim("nonce")).isEqualTo(app.nonce);
        assertThat(id.getSubject()).isEqualTo(Long.toString(teacher.id().value()));
        assertThat(id.getStringClaim("name")).isEqualTo("欧阳" + teacher.username());
        assertThat(id.getStringClaim("email")).isEqualTo(teacher.username() + "@example.edu.cn");
        assertThat(id.getStringClaim("phone_number")).isEqualTo(teacher.phone());
        assertThat(id.getJSONObjectClaim("educloud_school")).containsEntry("name", a.school().name());
        List<Object> roles = id.getListClaim("educloud_roles");
        assertThat(roles).singleElement().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("role", "TEACHER").containsEntry("org_path", a.school().path().value());
        assertThat(app.verified(body.get("access_token").asString()).getSubject()).isEqualTo(id.getSubject());
        assertThat(body.get("refresh_token").asString()).isNotBlank();
    }

    @Test
    void aStudentsIdTokenNamesTheirClassAndSchool() throws Exception {
        TenantFixture.Side a = tenants.a();
        RelyingParty app = preApprovedApp(a, Set.of("profile"));

        JsonNode tokens = signedIn(app, new OidcApps.Person(a.person(Role.STUDENT), "fx.a.student", ""), "openid profile");

        JWTClaimsSet id = app.verified(tokens.get("id_token").asString());
        assertThat(id.getJSONObjectClaim("educloud_school")).containsEntry("name", a.school().name());
        assertThat(id.getListClaim("educloud_classes")).singleElement()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("name", "三年级(1)班").containsEntry("id", Long.toString(a.classId()));
    }

    @Test
    void theDiscoveryDocumentNamesTheEndpointsAndPkce() throws Exception {
        JsonNode discovery = new RelyingParty(port, "none", null).discovery();

        assertThat(discovery.get("authorization_endpoint").asString()).endsWith("/oidc/authorize");
        assertThat(discovery.get("token_endpoint").asString()).endsWith("/oidc/token");
        assertThat(discovery.get("userinfo_endpoint").asString()).endsWith("/oidc/userinfo");
        assertThat(discovery.get("end_session_endpoint").asString()).endsWith("/oidc/logout");
        assertThat(discovery.get("jwks_uri").asString()).endsWith("/oidc/jwks");
        assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void aRefreshTokenGivesNewTokensOnceAndThenNoMore() throws Exception {
        TenantFixture.Side a = tenants.a();
        RelyingParty app = preApprovedApp(a, Set.of("profile"));
        JsonNode first = signedIn(app, teacherOf(a), "openid profile");

        HttpResponse<String> refreshed = app.refresh(first.get("refresh_token").asString());

        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JsonNode second = RelyingParty.json(refreshed.body());
        assertThat(second.get("access_token").asString()).isNotEqualTo(first.get("access_token").asString());
        assertThat(app.userInfo(second.get("access_token").asString()).statusCode()).isEqualTo(200);
        HttpResponse<String> again = app.refresh(first.get("refresh_token").asString());
        assertThat(again.statusCode()).as("a used refresh token is spent").isEqualTo(400);
        assertThat(again.body()).contains("invalid_grant");
    }

    @Test
    void userinfoGivesPhoneAndEmailOnlyWithTheirScopesAfterThePersonConsented() throws Exception {
        TenantFixture.Side a = tenants.a();
        OidcApps.Person teacher = teacherOf(a);
        // registered by the school's own admin: not pre-approved, so the person is asked
        RelyingParty app = appOf(clients.register(identity.scopeOf(a.person(Role.SCHOOL_ADMIN)),
                draft(a, Set.of("profile", "email", "phone"), false)));

        JsonNode profileOnly = signedIn(app, teacher, "openid profile");
        JsonNode info = RelyingParty.json(app.userInfo(profileOnly.get("access_token").asString()).body());
        assertThat(info.get("sub").asString()).isEqualTo(Long.toString(teacher.id().value()));
        assertThat(info.get("name").asString()).isEqualTo("欧阳" + teacher.username());
        assertThat(info.has("email")).isFalse();
        assertThat(info.has("phone_number")).isFalse();

        RelyingParty again = appOf(app.clientId, app.secret);
        JsonNode contact = signedIn(again, teacher, "openid email phone");
        JsonNode contactInfo = RelyingParty.json(again.userInfo(contact.get("access_token").asString()).body());
        assertThat(contactInfo.get("email").asString()).isEqualTo(teacher.username() + "@example.edu.cn");
        assertThat(contactInfo.get("phone_number").asString()).isEqualTo(teacher.phone());
        assertThat(contactInfo.has("name")).isFalse();
        assertThat(contactInfo.has("educloud_roles")).isFalse();
    }

    @Test
    void aRedirectUriThatIsNotRegisteredGetsAnErrorPageAndNoRedirect() throws Exception {
        RelyingParty app = preApprovedApp(tenants.a(), Set.of("profile"));

        HttpResponse<String> response = app.get(app.authorizeUrl("openid", "http://127.0.0.1:9/callback/other"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void aCodeWithTheWrongPkceVerifierIsAnInvalidGrant() throws Exception {
        TenantFixture.Side a = tenants.a();
        RelyingParty app = preApprovedApp(a, Set.of("profile"));
        String callback = app.signIn(teacherOf(a).username(), TenantFixture.PASSWORD, "openid profile");

        HttpResponse<String> refused = app.exchange(RelyingParty.codeOf(callback), RelyingParty.random());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalid_grant");
    }

    @Test
    void aReplayedCodeIsRefusedAndTheTokensItGaveStopWorking() throws Exception {
        TenantFixture.Side a = tenants.a();
        RelyingParty app = preApprovedApp(a, Set.of("profile"));
        String code = RelyingParty.codeOf(app.signIn(teacherOf(a).username(), TenantFixture.PASSWORD, "openid profile"));
        JsonNode first = RelyingParty.json(app.exchange(code, app.verifier).body());
        assertThat(app.userInfo(first.get("access_token").asString()).statusCode()).isEqualTo(200);

        HttpResponse<String> replayed = app.exchange(code, app.verifier);

        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).contains("invalid_grant");
        assertThat(app.userInfo(first.get("access_token").asString()).statusCode()).isEqualTo(401);
    }

    @Test
    void aSchoolsAppRefusesAPersonOfAnotherSchoolWithAPageAndNoCode() throws Exception {
        RelyingParty app = preApprovedApp(tenants.a(), Set.of("profile"));

        String landing = app.signIn("fx.b.teacher", TenantFixture.PASSWORD, "openid profile");

        assertThat(landing).as("never sent back to the app").doesNotContain("code=").doesNotStartWith(RelyingParty.REDIRECT);
        HttpResponse<String> page = app.get(app.base + "/oidc/refused");
        assertThat(page.body()).contains("id=\"oidc-refused\"");
    }

    private JsonNode signedIn(RelyingParty app, OidcApps.Person person, String scope) throws Exception {
        return app.tokensFor(person.username(), scope);
    }

    OidcApps.Person teacherOf(TenantFixture.Side side) {
        return apps().teacherOf(side);
    }

    RelyingParty preApprovedApp(TenantFixture.Side side, Set<String> scopes) {
        return apps().preApprovedApp(side, scopes);
    }

    static OidcClientDraft draft(TenantFixture.Side side, Set<String> scopes, boolean preApproved) {
        return OidcApps.draft(side, scopes, preApproved);
    }

    RelyingParty appOf(IssuedOidcClient issued) {
        return apps().appOf(issued);
    }

    RelyingParty appOf(String clientId, String secret) {
        return new RelyingParty(port, clientId, secret);
    }

    private OidcApps apps() {
        return new OidcApps(clients, identity, port);
    }
}
