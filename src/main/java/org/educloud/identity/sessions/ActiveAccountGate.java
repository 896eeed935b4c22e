package org.educloud.identity.sessions;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.educloud.identity.AccountPrincipal;
import org.educloud.identity.AccountStatus;
import org.educloud.identity.accounts.Account;
import org.educloud.identity.accounts.AccountRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was disabled or handed a new activation code after it logged in: the
 * session itself lives on in the database, so the account's status is checked on every request (one primary-key
 * read) instead of trusting what was true at login.
 */
public class ActiveAccountGate extends OncePerRequestFilter {

    private final AccountRepository accounts;

    public ActiveAccountGate(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Static files reveal nothing; they need no status check (a page loads a handful of them). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/img/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            AccountStatus status = accounts.findById(principal.id().value()).map(Account::status)
                    .orElse(AccountStatus.DISABLED);
            if (status != AccountStatus.ACTIVE) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?error="
                        + (status == AccountStatus.DISABLED ? "disabled" : "notActivated"));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
