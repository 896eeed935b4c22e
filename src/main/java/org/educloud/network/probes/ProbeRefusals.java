package org.educloud.network.probes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.educloud.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details for refusals at the probe chain's door (before any controller runs): a missing, forged or
 * revoked credential (401, after which the probe stops), and a probe of a closed school (403).
 */
@Component
class ProbeRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final java.net.URI SCHOOL_CLOSED = java.net.URI.create("https://educloud.org/problems/school-closed");

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    ProbeRefusals(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        unauthorized(request, response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        unauthorized(request, response);
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"educloud-probe\"");
        write(request, response, 401, Problems.UNAUTHORIZED, "network.probe.problem.unauthorized");
    }

    void schoolClosed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, 403, SCHOOL_CLOSED, "network.probe.problem.schoolClosed");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, java.net.URI type,
                       String key) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.toString());
        problem.put("title", messages.getMessage("platform.problem.title." + status, null, request.getLocale()));
        problem.put("status", status);
        problem.put("detail", messages.getMessage(key, null, request.getLocale()));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
