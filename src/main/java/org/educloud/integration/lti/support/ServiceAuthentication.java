package org.educloud.integration.lti.support;

import jakarta.servlet.http.HttpServletRequest;
import org.educloud.integration.lti.launch.LaunchedClasses;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The caller of an LTI service: a valid platform-signed bearer token with the scope the endpoint needs, for a class
 * the tool was launched in. A class it was never launched in does not exist for it (404), whatever its id.
 */
@Component
public class ServiceAuthentication {

    /** No token, or not one of ours: answered 401 with a bearer challenge. */
    public static class InvalidServiceToken extends RuntimeException {
        InvalidServiceToken() {
            super("integration.lti.services.error.token");
        }
    }

    private final ServiceTokens tokens;
    private final LaunchedClasses launched;

    ServiceAuthentication(ServiceTokens tokens, LaunchedClasses launched) {
        this.tokens = tokens;
        this.launched = launched;
    }

    public ServiceTokens.ServiceCaller caller(HttpServletRequest request, long classId, String... anyOfScopes) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new InvalidServiceToken();
        }
        ServiceTokens.ServiceCaller caller = tokens.caller(SiteRoot.current(), header.substring(7).strip())
                .orElseThrow(InvalidServiceToken::new);
        boolean scoped = false;
        for (String scope : anyOfScopes) {
            scoped |= caller.may(scope);
        }
        if (!scoped) {
            throw new ForbiddenException("integration.lti.services.error.scope");
        }
        if (!launched.launched(caller.toolId(), classId)) {
            throw new NotFoundException("integration.lti.services.error.context");
        }
        return caller;
    }
}
