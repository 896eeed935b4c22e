package org.educloud.identity.oidc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.educloud.identity.sessions.SavedRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Browsers apply a page's CSP {@code form-action} to the redirects that follow its form: after the login form, the
 * authorization endpoint redirects to the client's registered address, which {@code form-action 'self'} would block.
 * When the login page is shown for an authorization request with a registered redirect URI, its policy also names
 * that URI's origin, and nothing else. The rest of the policy is the platform's (kept in step by hand).
 */
@Component
class LoginFormAction extends OncePerRequestFilter {

    private static final String POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; media-src 'self' blob:; object-src 'none'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self' ";

    private final SavedRequests savedRequests;
    private final RegisteredClientRepository registrations;

    LoginFormAction(SavedRequests savedRequests, RegisteredClientRepository registrations) {
        this.savedRequests = savedRequests;
        this.registrations = registrations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SavedRequest saved = savedRequests.getRequest(request, response);
        if (saved != null && saved.getRedirectUrl().contains(OidcProviderConfiguration.AUTHORIZE + "?")) {
            Map<String, List<String>> query = UriComponentsBuilder.fromUriString(saved.getRedirectUrl())
                    .build().getQueryParams();
            String clientId = decoded(query.get("client_id"));
            String redirect = decoded(query.get("redirect_uri"));
            RegisteredClient client = clientId == null ? null : registrations.findByClientId(clientId);
            if (client != null && redirect != null && client.getRedirectUris().contains(redirect)) {
                URI target = URI.create(redirect);
                response.setHeader("Content-Security-Policy",
                        POLICY + target.getScheme() + "://" + target.getRawAuthority());
            }
        }
        chain.doFilter(request, response);
    }

    private static @Nullable String decoded(@Nullable List<String> values) {
        return values == null || values.isEmpty() || values.getFirst() == null ? null
                : java.net.URLDecoder.decode(values.getFirst(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
