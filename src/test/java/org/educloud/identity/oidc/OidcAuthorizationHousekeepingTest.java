package org.educloud.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.educloud.support.EduCloudTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The authorizations the server stores: forgotten at night once every code and token in them has expired, and
 * looked up by token values of any length.
 */
@EduCloudTest
class OidcAuthorizationHousekeepingTest {

    @Autowired
    ExpiredAuthorizations expired;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAuthorizationIsForgottenOnlyOnceItsCodeAndEveryTokenHaveExpired() {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        Instant future = Instant.now().plus(Duration.ofDays(7));
        String spent = authorization(past, past, past);
        String codeOnlySpent = authorization(past, null, null);
        String tokensSpentNoRefresh = authorization(null, past, null);
        String refreshable = authorization(past, past, future);
        String codeStillValid = authorization(future, null, null);
        String consentBeingAsked = authorization(null, null, null);

        expired.forgetExpired();

        assertThat(existing(spent, codeOnlySpent, tokensSpentNoRefresh, refreshable, codeStillValid, consentBeingAsked))
                .containsExactlyInAnyOrder(refreshable, codeStillValid, consentBeingAsked);
        jdbc.sql("DELETE FROM identity.oauth2_authorization WHERE id IN (?, ?, ?)")
                .params(refreshable, codeStillValid, consentBeingAsked).update();
    }

    @Test
    void aTokenLongerThanABTreeEntryCanBeStoredAndFound() {
        byte[] random = new byte[6000];
        new SecureRandom().nextBytes(random);
        // a JWT with many claims: base64 of random bytes does not compress below the B-tree's ~2.7 KB entry limit
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO identity.oauth2_authorization (id, registered_client_id, principal_name,
                            authorization_grant_type, authorization_code_value, access_token_value, refresh_token_value,
                            oidc_id_token_value) VALUES (?, 'housekeeping-test', 'nobody', 'authorization_code', ?, ?, ?, ?)""")
                .params(id, token, token + "a", token + "r", token + "i").update();

        assertThat(jdbc.sql("SELECT id FROM identity.oauth2_authorization WHERE access_token_value = ?")
                .param(token + "a").query(String.class).list()).containsExactly(id);
        jdbc.sql("DELETE FROM identity.oauth2_authorization WHERE id = ?").param(id).update();
    }

    private String authorization(@Nullable Instant codeExpires, @Nullable Instant accessExpires,
                                 @Nullable Instant refreshExpires) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO identity.oauth2_authorization (id, registered_client_id, principal_name,
                            authorization_grant_type, authorization_code_value, authorization_code_expires_at,
                            access_token_value, access_token_expires_at, refresh_token_value, refresh_token_expires_at)
                        VALUES (?, 'housekeeping-test', 'nobody', 'authorization_code', ?, ?, ?, ?, ?, ?)""")
                .params(id, codeExpires == null ? null : "code-" + id, timestamp(codeExpires),
                        accessExpires == null ? null : "access-" + id, timestamp(accessExpires),
                        refreshExpires == null ? null : "refresh-" + id, timestamp(refreshExpires))
                .update();
        return id;
    }

    private List<String> existing(String... ids) {
        return jdbc.sql("SELECT id FROM identity.oauth2_authorization WHERE id IN (:ids)")
                .param("ids", List.of(ids)).query(String.class).list();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
