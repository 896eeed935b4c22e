package org.educloud.identity.sessions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.educloud.identity.AccountPrincipal;
import org.educloud.identity.accounts.Account;
import org.educloud.identity.accounts.AccountRepository;
import org.educloud.identity.accounts.LoginLookup;
import org.educloud.identity.audit.AuditLog;
import org.educloud.shared.OrgPath;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after a login attempt: the audit entry, the device cookie, the forced password change, and the login
 * page's message for a refusal (one message for unknown name and wrong password, so names cannot be probed).
 */
@Component
public class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    public static final String MUST_CHANGE_PASSWORD = "educloud.mustChangePassword";

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final DeviceCookies devices;
    private final LoginLookup logins;
    private final SavedRequestAwareAuthenticationSuccessHandler landing = new SavedRequestAwareAuthenticationSuccessHandler();

    LoginOutcomes(AccountRepository accounts, LoginLookup logins, AuditLog audit, DeviceCookies devices,
                  SavedRequests savedRequests) {
        this.logins = logins;
        this.accounts = accounts;
        this.audit = audit;
        this.devices = devices;
        landing.setRequestCache(savedRequests);
        landing.setDefaultTargetUrl("/home");
        landing.setAlwaysUseDefaultTargetUrl(false);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        Account account = accounts.findById(principal.id().value()).orElseThrow();
        audit.recordIndependently(principal.id(), principal.username(), "login", "SUCCESS", principal.username(),
                account.homeOrgPath(), null);
        devices.issue(principal.id(), request, response);
        if (account.mustChangePassword()) {
            request.getSession().setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
            response.sendRedirect(request.getContextPath() + "/account/password");
            return;
        }
        landing.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String login = request.getParameter("username");
        String target = login == null ? null : login.strip();
        OrgPath path = target == null ? null : logins.findByLogin(target).map(Account::homeOrgPath).orElse(null);
        String query;
        String outcome;
        if (exception instanceof AuthenticationRefusal refusal) {
            outcome = refusal.reason().name();
            query = switch (refusal.reason()) {
                case THROTTLED -> "locked&wait=" + refusal.waitMinutes();
                case SLOWED_DOWN -> "slowed&wait=" + refusal.waitSeconds();
                case NOT_ACTIVATED -> "notActivated";
                case DISABLED -> "disabled";
            };
        } else {
            outcome = "FAILURE";
            query = "bad";
        }
        audit.recordIndependently(null, target, "login", outcome, target, path, null);
        response.sendRedirect(request.getContextPath() + "/login?error=" + query);
    }
}
