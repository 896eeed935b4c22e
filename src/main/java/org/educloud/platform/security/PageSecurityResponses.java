package org.educloud.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * Pages: an anonymous visitor goes to the login page (told when their session expired; htmx requests get an
 * {@code HX-Redirect} so the whole page moves), a refused request gets the 403 page, and a stale or missing
 * form token gets a 403 page that says to reload the form rather than a bare refusal.
 */
@Component
class PageSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REASON_ATTRIBUTE = "educloudErrorReason";

    private final LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String target = request.getContextPath() + (expired ? "/login?expired" : "/login");
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (expired) {
            response.sendRedirect(target);
            return;
        }
        login.commence(request, response, e);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            request.setAttribute(REASON_ATTRIBUTE, "csrf");
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
