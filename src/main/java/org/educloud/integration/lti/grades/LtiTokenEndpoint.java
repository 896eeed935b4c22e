package org.educloud.integration.lti.grades;

import java.util.LinkedHashMap;
import java.util.Map;
import org.educloud.integration.lti.support.SiteRoot;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The LTI services' token endpoint (OAuth 2 client credentials, RFC 7523 client assertion): a tool proves itself with
 * a JWT signed by its own key and gets a platform-signed bearer token for the services it asked for. Errors are
 * OAuth 2's error object, as a tool's OAuth library expects.
 */
@RestController
class LtiTokenEndpoint {

    private final ServiceGrants grants;

    LtiTokenEndpoint(ServiceGrants grants) {
        this.grants = grants;
    }

    @PostMapping(path = "/lti/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, Object>> token(
            @RequestParam(name = "grant_type", required = false) @Nullable String grantType,
            @RequestParam(name = "client_assertion_type", required = false) @Nullable String assertionType,
            @RequestParam(name = "client_assertion", required = false) @Nullable String assertion,
            @RequestParam(required = false) @Nullable String scope) {
        try {
            ServiceGrants.Granted granted = grants.grant(grantType, assertionType, assertion, scope, SiteRoot.current());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", granted.token());
            body.put("token_type", "Bearer");
            body.put("expires_in", granted.expiresIn());
            body.put("scope", granted.scope());
            return ResponseEntity.ok().header("Cache-Control", "no-store").body(body);
        } catch (ServiceGrants.Refused refused) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", refused.error());
            body.put("error_description", refused.getMessage());
            return ResponseEntity.status(refused.error().equals("invalid_client") ? 401 : 400)
                    .header("Cache-Control", "no-store").body(body);
        }
    }
}
