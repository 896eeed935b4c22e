package org.educloud.platform.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.educloud.identity.IdentityWebSecurity;
import org.educloud.platform.security.MalformedRequestGuard;
import org.educloud.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 on the API and Actuator as RFC 9457 problem details, in the caller's language; also the shape of the
 * refusals answered before Spring MVC sees a request (see {@link MalformedRequestGuard}).
 */
@Component
public class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;
    private final IdentityWebSecurity identity;

    ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json, IdentityWebSecurity identity) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
        this.identity = identity;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, Problems.UNAUTHORIZED, "platform.problem.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, Problems.FORBIDDEN,
                identity.refusedAsReadOnly(request) ? "identity.problem.readOnlyToken" : "platform.problem.forbidden");
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type, String key,
               Object... args) throws IOException {
        var locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, locale));
        problem.setType(type);
        problem.setTitle(messages.getMessage("platform.problem.title." + status.value(), null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
