package org.educloud.integration.lti.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.util.Timeout;
import org.educloud.integration.webhooks.AddressGuard;
import org.springframework.stereotype.Component;

/**
 * The tools' public keys, fetched from their registered JWKS URLs and cached per URL in a bounded cache (Nimbus
 * refetches when a token names a key it has not seen, so a tool's rotation is followed). The fetch goes through the
 * webhooks' address guard (no private or loopback address, no redirect, bounded answer), since a JWKS URL is an
 * admin-given address the server reads.
 */
@Component
public class ToolKeys {

    /** A tool's JWT that is not to be believed: badly formed, wrongly signed, expired, or with the wrong claims. */
    public static class UntrustedToken extends RuntimeException {
        public UntrustedToken(String message) {
            super(message);
        }
    }

    /**
     * How far a tool's clock may be ahead or behind: a token is believed until its expiry plus this, so a one-time
     * value it carries must be remembered at least that long ({@link UsedValues}).
     */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(60);

    private static final int MAX_JWKS_BYTES = 64 * 1024;

    /** A tool's key source and when it was built. */
    private record Cached(JWKSource<SecurityContext> source, Instant built) {
    }

    private final CloseableHttpClient client;
    private final Clock clock;
    private final int maxSources;
    private final Duration sourceLifetime;
    /** By JWKS URL, least recently used first; guarded by itself. */
    private final LinkedHashMap<String, Cached> sources;

    ToolKeys(LtiProperties properties, Clock clock) {
        this.clock = clock;
        this.maxSources = Math.max(1, properties.jwksCacheSize());
        this.sourceLifetime = properties.jwksCacheTtl();
        this.sources = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > maxSources;
            }
        };
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new AddressGuard(properties.allowPlainHttp(), properties.allowLoopback()))
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
                        .setSocketTimeout(Timeout.ofSeconds(5)).build())
                .build();
        this.client = HttpClients.custom().setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(5))
                        .setRedirectsEnabled(false).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .setUserAgent("EduCloud-LTI/1").build();
    }

    /**
     * The claims of a JWT the tool signed (RS256, a key of its JWKS), not expired, with this audience and these
     * exact values, and with the required claims present.
     */
    public JWTClaimsSet verified(String jwksUrl, String jwt, String audience, Map<String, Object> exact,
                                 Set<String> required) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, source(jwksUrl)));
        JWTClaimsSet.Builder expected = new JWTClaimsSet.Builder();
        exact.forEach(expected::claim);
        DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(audience, expected.build(),
                required);
        verifier.setMaxClockSkew((int) MAX_CLOCK_SKEW.toSeconds());
        processor.setJWTClaimsSetVerifier(verifier);
        try {
            return processor.process(jwt, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new UntrustedToken(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (RuntimeException e) {
            // the key source's fetch failures (refused address, timeout) arrive unchecked
            throw new UntrustedToken("the tool's keys could not be read: " + e.getClass().getSimpleName());
        }
    }

    /**
     * The key source of a JWKS URL: kept for {@code jwksCacheTtl}, and for at most {@code jwksCacheSize} URLs, so
     * neither many tools nor URLs of tools long removed make it grow without end.
     */
    private JWKSource<SecurityContext> source(String jwksUrl) {
        Instant now = clock.instant();
        synchronized (sources) {
            Cached cached = sources.get(jwksUrl);
            if (cached == null || !cached.built().plus(sourceLifetime).isAfter(now)) {
                try {
                    cached = new Cached(JWKSourceBuilder.<SecurityContext>create(new URI(jwksUrl).toURL(), this::fetch)
                            .retrying(false).build(), now);
                } catch (URISyntaxException | java.net.MalformedURLException | IllegalArgumentException e) {
                    throw new UntrustedToken("the tool's JWKS URL is not a URL");
                }
                sources.put(jwksUrl, cached);
            }
            return cached.source();
        }
    }

    /** How many key sources are kept now. */
    int cachedSources() {
        synchronized (sources) {
            return sources.size();
        }
    }

    private Resource fetch(URL url) throws IOException {
        HttpGet get;
        try {
            get = new HttpGet(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (ClassicHttpResponse response = client.executeOpen(null, get, null)) {
            if (response.getCode() != 200 || response.getEntity() == null) {
                throw new IOException("JWKS answered " + response.getCode());
            }
            try (InputStream in = response.getEntity().getContent()) {
                byte[] body = in.readNBytes(MAX_JWKS_BYTES + 1);
                if (body.length > MAX_JWKS_BYTES) {
                    throw new IOException("JWKS too large");
                }
                return new Resource(new String(body, StandardCharsets.UTF_8), "application/json");
            }
        }
    }

    /** Forgets a URL's cached keys (a tool was registered again or removed). */
    public void forget(String jwksUrl) {
        synchronized (sources) {
            sources.remove(jwksUrl);
        }
    }

    @PreDestroy
    void close() throws IOException {
        client.close();
    }
}
