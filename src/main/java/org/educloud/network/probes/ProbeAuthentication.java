package org.educloud.network.probes;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a probe credential from {@code Authorization: Bearer ecprobe_…} (never from the URL) and makes its probe the
 * request's principal. A credential that is unknown or revoked is refused at once, and so is a probe whose school
 * was closed; a request without one goes on, and the chain refuses it unless the path is open (enrolment).
 */
class ProbeAuthentication extends OncePerRequestFilter {

    private final ProbeStore probes;
    private final TenancyManagement tenancy;
    private final ProbeRefusals refusals;

    ProbeAuthentication(ProbeStore probes, TenancyManagement tenancy, ProbeRefusals refusals) {
        this.probes = probes;
        this.tenancy = tenancy;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String credential = header.substring(7).strip();
        Optional<AuthenticatedProbe> probe = credential.startsWith(Secrets.CREDENTIAL_PREFIX)
                && credential.length() < 100 ? probes.active(Secrets.sha256(credential)) : Optional.empty();
        if (probe.isEmpty()) {
            refusals.unauthorized(request, response);
            return;
        }
        if (!tenancy.find(probe.get().school()).map(OrgNodeView::isActive).orElse(false)) {
            refusals.schoolClosed(request, response);
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(probe.get(), null,
                List.of(new SimpleGrantedAuthority("ROLE_PROBE")));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
