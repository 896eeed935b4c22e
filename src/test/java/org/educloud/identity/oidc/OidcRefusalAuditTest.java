package org.educloud.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every refused OpenID Connect sign-in is in the audit log, under the client's node so its admins see it: another
 * school's person, an account disabled since it signed in, and a client revoked since.
 */
@EduCloudTest
class OidcRefusalAuditTest {

    @LocalServerPort
    int port;
    @Autowired
    OidcClients clients;
    @Autowired
    IdentityManagement identity;
    @Autowired
    TenantFixture tenants;
    @Autowired
    JdbcClient jdbc;

    record Entry(String actorName, String outcome, String target, String orgPath, String detail) {
    }

    @Test
    void aPersonOfAnotherSchoolRefusedAtSignInIsAuditedForTheClientsSchool() throws Exception {
        RelyingParty app = apps().preApprovedApp(tenants.a(), Set.of("profile"));
        OidcApps.Person other = apps().teacherOf(tenants.b());

        String landing = app.signIn(other.username(), TenantFixture.PASSWORD, "openid profile");

        assertThat(landing).doesNotContain("code=");
        assertThat(refusalsOf(other)).containsExactly(new Entry(other.username(), "REFUSED",
                app.clientId + " 作业应用", tenants.a().school().path().value(), "OUTSIDE_CLIENT_NODE AUTHORIZATION"));
    }

    @Test
    void anAccountDisabledAfterSigningInIsRefusedItsRefreshAndAudited() throws Exception {
        RelyingParty app = apps().preApprovedApp(tenants.a(), Set.of("profile"));
        OidcApps.Person person = apps().teacherOf(tenants.a());
        JsonNode tokens = signedIn(app, person);
        identity.disable(Scope.installation(), person.id());

        HttpResponse<String> refresh = app.refresh(tokens.get("refresh_token").asString());

        assertThat(refresh.statusCode()).isEqualTo(400);
        assertThat(refusalsOf(person)).extracting(Entry::detail).containsExactly("ACCOUNT_NOT_ACTIVE TOKEN_ISSUANCE");
    }

    @Test
    void aPersonSentToARevokedClientIsRefusedAndAudited() throws Exception {
        IssuedOidcClient issued = clients.register(Scope.installation(),
                OidcApps.draft(tenants.a(), Set.of("profile"), true));
        RelyingParty app = apps().appOf(issued);
        OidcApps.Person person = apps().teacherOf(tenants.a());
        signedIn(app, person);
        clients.revoke(Scope.installation(), issued.id());

        HttpResponse<String> again = app.get(app.authorizeUrl("openid profile", RelyingParty.REDIRECT));

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(refusalsOf(person)).containsExactly(new Entry(person.username(), "REFUSED",
                issued.clientId() + " 作业应用", tenants.a().school().path().value(), "CLIENT_NOT_ALLOWED AUTHORIZATION"));
    }

    @Test
    void aSignInThatIsNotRefusedWritesNoRefusal() throws Exception {
        RelyingParty app = apps().preApprovedApp(tenants.a(), Set.of("profile"));
        OidcApps.Person person = apps().teacherOf(tenants.a());

        signedIn(app, person);

        assertThat(refusalsOf(person)).isEmpty();
    }

    private java.util.List<Entry> refusalsOf(OidcApps.Person person) {
        return jdbc.sql("""
                        SELECT actor_name, outcome, target, org_path, detail FROM identity.audit_event
                        WHERE action = 'oidc.signin.refused' AND actor_id = ? ORDER BY id""")
                .param(person.id().value())
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    private static JsonNode signedIn(RelyingParty app, OidcApps.Person person) throws Exception {
        return app.tokensFor(person.username(), "openid profile");
    }

    private OidcApps apps() {
        return new OidcApps(clients, identity, port);
    }
}
