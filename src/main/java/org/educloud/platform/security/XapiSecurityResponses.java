package org.educloud.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 on the learning record store: xAPI clients authenticate with HTTP Basic, so the challenge names
 * that scheme, and every xAPI answer carries the version header, refusals included.
 */
@Component
class XapiSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"EduCloud LRS\", charset=\"UTF-8\"");
        write(response, 401, "Authenticate with the LRS client's key and secret (HTTP Basic).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, 403, "This LRS client may not do this.");
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        if (response.getHeader("X-Experience-API-Version") == null) {
            response.setHeader("X-Experience-API-Version", "2.0.0");
        }
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"error\":\"" + message + "\"}");
    }
}
