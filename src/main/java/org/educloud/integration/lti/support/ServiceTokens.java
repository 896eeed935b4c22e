package org.educloud.integration.lti.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.educloud.identity.PlatformSigning;
import org.springframework.stereotype.Component;

/**
 * The access tokens of the LTI services: JWTs signed with the platform's key, naming the tool and the scopes it was
 * granted, for the services' audience only (an id_token or another protocol's token is not one).
 */
@Component
public class ServiceTokens {

    /** Who calls a service: the tool, by id and client id, with the scopes its token carries. */
    public record ServiceCaller(long toolId, String clientId, Set<String> scopes) {

        public boolean may(String scope) {
            return scopes.contains(scope);
        }
    }

    private static final String AUDIENCE_PATH = "/lti/services";

    private final PlatformSigning signing;
    private final LtiProperties properties;
    private final Clock clock;

    ServiceTokens(PlatformSigning signing, LtiProperties properties, Clock clock) {
        this.signing = signing;
        this.properties = properties;
        this.clock = clock;
    }

    public String issue(String issuer, long toolId, String clientId, List<String> scopes) {
        Instant now = clock.instant();
        return signing.sign(new JWTClaimsSet.Builder().issuer(issuer).subject(clientId)
                .audience(issuer + AUDIENCE_PATH).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.tokenLifetime())))
                .jwtID(UUID.randomUUID().toString()).claim("scope", String.join(" ", scopes))
                .claim("lti_tool", toolId).build());
    }

    public long lifetimeSeconds() {
        return properties.tokenLifetime().toSeconds();
    }

    /** The caller a bearer token names, if it is a valid service token of this site. */
    public Optional<ServiceCaller> caller(String issuer, String token) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(signing.publicKeys())));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(issuer + AUDIENCE_PATH,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "scope", "lti_tool")));
        try {
            JWTClaimsSet claims = processor.process(token, null);
            Object toolId = claims.getClaim("lti_tool");
            if (!(toolId instanceof Number number)) {
                return Optional.empty();
            }
            return Optional.of(new ServiceCaller(number.longValue(), claims.getSubject(),
                    Set.of(claims.getStringClaim("scope").split(" "))));
        } catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
