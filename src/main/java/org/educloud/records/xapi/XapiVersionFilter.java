package org.educloud.records.xapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.educloud.records.XapiVersion;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every xAPI request but About names the version it speaks, and every answer says which version answered: a
 * request without a supported version header is refused with 400 before any resource sees it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class XapiVersionFilter extends OncePerRequestFilter {

    static final String VERSION_ATTRIBUTE = XapiVersionFilter.class.getName() + ".version";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/xapi/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<XapiVersion> version = XapiVersion.of(request.getHeader(XapiVersion.HEADER));
        response.setHeader(XapiVersion.HEADER, version.orElse(XapiVersion.V2_0).header());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/xapi/statements")) {
            // Every Statement resource answer says up to when it is consistent, refusals included.
            response.setHeader("X-Experience-API-Consistent-Through",
                    java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
                            .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now()));
        }
        boolean about = request.getRequestURI().equals(request.getContextPath() + "/xapi/about");
        if (version.isEmpty() && !about) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"The X-Experience-API-Version header is missing or names a "
                    + "version this LRS does not speak; supported: 2.0.0, 1.0.3\"}");
            return;
        }
        version.ifPresent(v -> request.setAttribute(VERSION_ATTRIBUTE, v));
        chain.doFilter(request, response);
    }
}
