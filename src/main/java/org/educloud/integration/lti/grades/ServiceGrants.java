package org.educloud.integration.lti.grades;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.integration.lti.support.Lti;
import org.educloud.integration.lti.support.ServiceTokens;
import org.educloud.integration.lti.support.ToolKeys;
import org.educloud.integration.lti.support.UsedValues;
import org.educloud.integration.lti.tools.LtiTool;
import org.educloud.integration.lti.tools.ToolStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants service tokens: the client assertion must be a JWT whose issuer and subject are a registered tool's client
 * id, signed by a key of that tool's JWKS, addressed to this token endpoint, unexpired, living at most five minutes,
 * with a jti the tool has not used before. The token carries the requested LTI scopes the platform offers.
 */
@Service
@Transactional(noRollbackFor = ServiceGrants.Refused.class)
class ServiceGrants {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final Duration LONGEST_ASSERTION = Duration.ofMinutes(5).plusSeconds(60);
    private static final Set<String> OFFERED = Set.of(Lti.SCOPE_LINE_ITEM, Lti.SCOPE_LINE_ITEM_READ,
            Lti.SCOPE_RESULT_READ, Lti.SCOPE_SCORE, Lti.SCOPE_MEMBERSHIP);

    record Granted(String token, long expiresIn, String scope) {
    }

    /** An OAuth 2 error, by its registered code. */
    static class Refused extends RuntimeException {
        private final String error;

        Refused(String error, String description) {
            super(description);
            this.error = error;
        }

        String error() {
            return error;
        }
    }

    private final ToolStore tools;
    private final ToolKeys keys;
    private final UsedValues used;
    private final ServiceTokens tokens;
    private final Clock clock;

    ServiceGrants(ToolStore tools, ToolKeys keys, UsedValues used, ServiceTokens tokens, Clock clock) {
        this.tools = tools;
        this.keys = keys;
        this.used = used;
        this.tokens = tokens;
        this.clock = clock;
    }

    Granted grant(@Nullable String grantType, @Nullable String assertionType, @Nullable String assertion,
                  @Nullable String scope, String issuer) {
        if (!"client_credentials".equals(grantType)) {
            throw new Refused("unsupported_grant_type", "only client_credentials is granted");
        }
        if (!JWT_BEARER.equals(assertionType) || assertion == null || assertion.isBlank()) {
            throw new Refused("invalid_client", "a JWT client assertion is required");
        }
        LtiTool tool = tools.byClientId(claimedIssuer(assertion))
                .orElseThrow(() -> new Refused("invalid_client", "unknown client"));
        JWTClaimsSet claims;
        try {
            claims = keys.verified(tool.jwksUrl(), assertion, issuer + "/lti/token",
                    Map.of("iss", tool.clientId(), "sub", tool.clientId()), Set.of("exp", "jti"));
        } catch (ToolKeys.UntrustedToken e) {
            throw new Refused("invalid_client", "the client assertion is not valid: " + e.getMessage());
        }
        Instant expires = claims.getExpirationTime().toInstant();
        if (expires.isAfter(clock.instant().plus(LONGEST_ASSERTION))) {
            throw new Refused("invalid_client", "the client assertion lives too long");
        }
        if (claims.getJWTID().length() > UsedValues.MAX_LENGTH) {
            throw new Refused("invalid_request", "the client assertion's jti is longer than 255 characters");
        }
        if (!used.firstUse(tool.id(), UsedValues.Kind.JTI, claims.getJWTID(), expires)) {
            throw new Refused("invalid_client", "the client assertion was used before");
        }
        List<String> granted = new ArrayList<>();
        for (String requested : (scope == null ? "" : scope).split(" ")) {
            if (OFFERED.contains(requested) && !granted.contains(requested)) {
                granted.add(requested);
            }
        }
        if (granted.isEmpty()) {
            throw new Refused("invalid_scope", "none of the requested scopes is offered");
        }
        return new Granted(tokens.issue(issuer, tool.id(), tool.clientId(), granted), tokens.lifetimeSeconds(),
                String.join(" ", granted));
    }

    private static String claimedIssuer(String assertion) {
        try {
            String issuer = SignedJWT.parse(assertion).getJWTClaimsSet().getIssuer();
            if (issuer == null) {
                throw new Refused("invalid_client", "the client assertion names no issuer");
            }
            return issuer;
        } catch (ParseException e) {
            throw new Refused("invalid_client", "the client assertion is not a signed JWT");
        }
    }
}
