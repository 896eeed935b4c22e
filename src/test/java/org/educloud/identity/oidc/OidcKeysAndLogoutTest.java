package org.educloud.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Signing keys shared through the database, their rotation, tokens userinfo must refuse, and logging out. */
@EduCloudTest
class OidcKeysAndLogoutTest {

    @LocalServerPort
    int port;

    @Autowired
    OidcClients clients;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TenantFixture tenants;

    @Autowired
    SigningKeys keys;

    @Test
    void afterRotationOldTokensStillVerifyAndNewOnesAreSignedWithTheNewKey() throws Exception {
        TenantFixture.Side a = tenants.a();
        RelyingParty app = apps().preApprovedApp(a, Set.of("profile"));
        JsonNode before = signedIn(app, apps().teacherOf(a));
        String oldKid = SignedJWT.parse(before.get("id_token").asString()).getHeader().getKeyID();

        String newKid = keys.rotate();

        RelyingParty later = new RelyingParty(port, app.clientId, app.secret);
        JsonNode after = signedIn(later, apps().teacherOf(a));
        assertThat(SignedJWT.parse(after.get("id_token").asString()).getHeader().getKeyID())
                .isEqualTo(newKid).isNotEqualTo(oldKid);
        assertThat(later.verified(after.get("id_token").asString()).getSubject()).isNotBlank();
        assertThat(app.verified(before.get("id_token").asString()).getSubject()).as("the old key is still published")
                .isNotBlank();
        assertThat(app.userInfo(before.get("access_token").asString()).statusCode()).isEqualTo(200);
    }

    @Test
    void userinfoRefusesAnExpiredTokenAndOneSignedByAnotherKey() throws Exception {
        TenantFixture.Side a = tenants.a();
        RelyingParty app = apps().preApprovedApp(a, Set.of("profile"));
        JsonNode tokens = signedIn(app, apps().teacherOf(a));
        JWTClaimsSet real = SignedJWT.parse(tokens.get("access_token").asString()).getJWTClaimsSet();
        RSAKey ours = (RSAKey) keys.get(new JWKSelector(new JWKMatcher.Builder().keyID(keys.currentKid()).build()), null)
                .getFirst();

        JWTClaimsSet expired = new JWTClaimsSet.Builder(real).issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .notBeforeTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(1800))).build();
        assertThat(app.userInfo(signed(expired, ours)).statusCode()).isEqualTo(401);

        RSAKey foreign = new RSAKeyGenerator(2048).keyID(keys.currentKid()).generate();
        assertThat(app.userInfo(signed(real, foreign)).statusCode()).isEqualTo(401);
        assertThat(app.userInfo(tokens.get("access_token").asString()).statusCode()).as("the real one works")
                .isEqualTo(200);
    }

    @Test
    void anAppLogsThePersonOutOfEduCloudAndIsSentBackToItsRegisteredAddress() throws Exception {
        TenantFixture.Side a = tenants.a();
        RelyingParty app = apps().preApprovedApp(a, Set.of("profile"));
        JsonNode tokens = signedIn(app, apps().teacherOf(a));
        assertThat(app.get(app.base + "/account").statusCode()).as("logged in").isEqualTo(200);

        HttpResponse<String> logout = app.get(app.base + "/oidc/logout?" + RelyingParty.form(java.util.Map.of(
                "id_token_hint", tokens.get("id_token").asString(), "post_logout_redirect_uri", RelyingParty.SIGNED_OUT,
                "state", "bye")));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(RelyingParty.location(logout)).isEqualTo(RelyingParty.SIGNED_OUT + "?state=bye");
        HttpResponse<String> account = app.get(app.base + "/account");
        assertThat(account.statusCode()).isEqualTo(302);
        assertThat(RelyingParty.location(account)).endsWith("/login");
    }

    private static String signed(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static JsonNode signedIn(RelyingParty app, OidcApps.Person person) throws Exception {
        return app.tokensFor(person.username(), "openid profile");
    }

    private OidcApps apps() {
        return new OidcApps(clients, identity, port);
    }
}
