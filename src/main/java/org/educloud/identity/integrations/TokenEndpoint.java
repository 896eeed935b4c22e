package org.educloud.identity.integrations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OAuth 2 token endpoint for integration clients (RFC 6749 §4.4, client credentials). The client
 * authenticates with HTTP Basic or with {@code client_id}/{@code client_secret} form fields; errors use the
 * RFC's own JSON shape, which OAuth client libraries expect, rather than problem details.
 */
@RestController
@Tag(name = "OAuth 2", description = "Access tokens for integration clients (OneRoster)")
class TokenEndpoint {

    private final IntegrationClients clients;

    TokenEndpoint(IntegrationClients clients) {
        this.clients = clients;
    }

    @PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "Client-credentials grant: trade a client id and secret for a one-hour access token")
    ResponseEntity<Map<String, Object>> token(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
            @RequestParam(name = "grant_type", required = false) @Nullable String grantType,
            @RequestParam(name = "scope", required = false) @Nullable String scope,
            @RequestParam(name = "client_id", required = false) @Nullable String formClientId,
            @RequestParam(name = "client_secret", required = false) @Nullable String formClientSecret) {
        String[] credentials = basicCredentials(authorization);
        String clientId = credentials != null ? credentials[0] : formClientId;
        String clientSecret = credentials != null ? credentials[1] : formClientSecret;
        if (clientId == null || clientSecret == null || clientId.isBlank()) {
            return error(401, "invalid_client", "Authenticate the client with HTTP Basic or client_id/client_secret.");
        }
        if (grantType == null || grantType.isBlank()) {
            return error(400, "invalid_request", "grant_type is required.");
        }
        if (!grantType.equals("client_credentials")) {
            return error(400, "unsupported_grant_type", "Only client_credentials is supported.");
        }
        AccessTokenGrant grant = clients.grant(clientId, clientSecret, scope);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", grant.accessToken());
        body.put("token_type", "bearer");
        body.put("expires_in", grant.expiresIn());
        body.put("scope", grant.scope());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(body);
    }

    @ExceptionHandler(TokenRequestRefused.class)
    ResponseEntity<Map<String, Object>> refused(TokenRequestRefused refusal) {
        return error(refusal.status(), refusal.error(), refusal.getMessage());
    }

    /** RFC 6749 §2.3.1: the id and secret are form-encoded before they are joined and base64-encoded. */
    private static String @Nullable [] basicCredentials(@Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new String[] {URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ResponseEntity<Map<String, Object>> error(int status, String error, String description) {
        var response = ResponseEntity.status(status).cacheControl(CacheControl.noStore()).header("Pragma", "no-cache");
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"EduCloud\"");
        }
        return response.body(Map.of("error", error, "error_description", description));
    }
}
