package org.educloud.platform.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Catches an unavailable database wherever it surfaces outside a controller: the session filter reading or saving a
 * session, Spring Security's filters (an API token, a login and its throttle), a page's rendering. Without it such a
 * failure reached Tomcat as a 500 and an ERROR with a stack trace. It stands outside every filter that may read the
 * database, and outside the request admission, so that the paths admitted without a turn are covered as well.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class DatabaseUnavailableGuard extends OncePerRequestFilter {

    private final OverloadResponses responses;

    DatabaseUnavailableGuard(OverloadResponses responses) {
        this.responses = responses;
    }

    /** The error page is a page like any other: its shell reads the signed-in person's navigation and bell. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || !DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            responses.databaseUnavailable(request, response, e);
        }
    }
}
