package org.educloud.identity.tokens;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests whose {@code Authorization} header uses one scheme ({@code Bearer} for personal and
 * OAuth access tokens, {@code Basic} for xAPI clients); presented credentials that do not resolve are refused,
 * never ignored. Requests without that scheme pass on unauthenticated.
 */
public class AuthorizationHeaderFilter extends OncePerRequestFilter {

    private final String scheme;
    private final Function<String, Optional<Authentication>> credentials;
    private final AuthenticationEntryPoint entryPoint;

    public AuthorizationHeaderFilter(String scheme, Function<String, Optional<Authentication>> credentials,
                              AuthenticationEntryPoint entryPoint) {
        this.scheme = scheme + " ";
        this.credentials = credentials;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, scheme, 0, scheme.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> authentication = credentials.apply(header.substring(scheme.length()).strip());
        if (authentication.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("invalid credentials"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
