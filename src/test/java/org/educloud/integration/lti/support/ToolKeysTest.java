package org.educloud.integration.lti.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tools' keys: never fetched from this machine in production; cached in a bounded number for a bounded time. */
class ToolKeysTest {

    private static final String AUDIENCE = "https://educloud.example/lti/token";

    private final AtomicInteger fetches = new AtomicInteger();
    private final Later clock = new Later(Instant.parse("2026-12-07T21:00:00Z"));
    private RSAKey key;
    private HttpServer server;

    @BeforeEach
    void aToolPublishingItsKeysOnThisMachine() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("tool-key").generate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void inProductionKeysAtALoopbackAddressAreNeverFetched() throws Exception {
        ToolKeys production = new ToolKeys(properties(false, 10, Duration.ofHours(1)), clock);
        ToolKeys tests = new ToolKeys(properties(true, 10, Duration.ofHours(1)), clock);

        assertThatThrownBy(() -> production.verified(jwks(""), signed(), AUDIENCE, Map.of("iss", "tool"), Set.of()))
                .isInstanceOf(ToolKeys.UntrustedToken.class);
        assertThat(fetches).as("refused before connecting").hasValue(0);
        assertThat(tests.verified(jwks(""), signed(), AUDIENCE, Map.of("iss", "tool"), Set.of()).getIssuer())
                .as("the tests' allowance").isEqualTo("tool");
    }

    @Test
    void keySourcesAreKeptForABoundedTimeAndInABoundedNumber() throws Exception {
        ToolKeys keys = new ToolKeys(properties(true, 2, Duration.ofMinutes(10)), clock);

        keys.verified(jwks(""), signed(), AUDIENCE, Map.of(), Set.of());
        keys.verified(jwks(""), signed(), AUDIENCE, Map.of(), Set.of());
        assertThat(fetches).as("cached").hasValue(1);
        clock.advance(Duration.ofMinutes(11));
        keys.verified(jwks(""), signed(), AUDIENCE, Map.of(), Set.of());
        assertThat(fetches).as("built anew after its lifetime").hasValue(2);

        keys.verified(jwks("?tool=b"), signed(), AUDIENCE, Map.of(), Set.of());
        keys.verified(jwks("?tool=c"), signed(), AUDIENCE, Map.of(), Set.of());
        assertThat(keys.cachedSources()).isEqualTo(2);
        keys.verified(jwks(""), signed(), AUDIENCE, Map.of(), Set.of());
        assertThat(fetches).as("the least recently used went first").hasValue(5);
    }

    private String jwks(String query) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks" + query;
    }

    private String signed() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer("tool").audience(AUDIENCE)
                        .expirationTime(Date.from(Instant.now().plusSeconds(60))).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static LtiProperties properties(boolean allowLoopback, int cacheSize, Duration cacheTtl) {
        return new LtiProperties(true, allowLoopback, Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofHours(1),
                Duration.ofHours(1), cacheSize, cacheTtl);
    }

    /** A clock the test moves forward. */
    private static final class Later extends Clock {
        private Instant now;

        Later(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
