package org.educloud.identity.passwords;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.educloud.identity.sessions.LoginOutcomes;
import org.springframework.web.filter.OncePerRequestFilter;

/** Keeps someone who logged in with an initial password on the change-password page until they change it. */
public class PasswordChangeGate extends OncePerRequestFilter {

    private static final List<String> ALLOWED = List.of("/account/password", "/logout", "/css/", "/js/",
            "/webjars/", "/img/", "/error", "/favicon");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(LoginOutcomes.MUST_CHANGE_PASSWORD) != null
                && !allowed(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return ALLOWED.stream().anyMatch(path::startsWith);
    }
}
