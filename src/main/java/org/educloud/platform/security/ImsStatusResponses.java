package org.educloud.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.educloud.shared.ImsStatusInfo;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 on the 1EdTech APIs under /ims/ in the status-info shape their clients expect. */
@Component
class ImsStatusResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ImsStatusResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean presented = request.getHeader("Authorization") != null;
        response.setHeader("WWW-Authenticate", presented
                ? "Bearer error=\"invalid_token\", error_description=\"The access token is unknown or expired\""
                : "Bearer");
        write(response, 401, "unauthorisedrequest", presented
                ? "The access token is unknown, expired or revoked."
                : "An OAuth 2 access token is required (client credentials at /oauth2/token).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, 403, "forbidden", "The access token does not allow this request.");
    }

    void write(HttpServletResponse response, int status, String codeMinor, String description)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ImsStatusInfo.failure(codeMinor, description));
    }
}
