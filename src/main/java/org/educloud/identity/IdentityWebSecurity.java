package org.educloud.identity;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.educloud.identity.accounts.AccountRepository;
import org.educloud.identity.integrations.IntegrationBasicAuthentication;
import org.educloud.identity.integrations.IntegrationClients;
import org.educloud.identity.passwords.PasswordChangeGate;
import org.educloud.identity.sessions.ActiveAccountGate;
import org.educloud.identity.sessions.LoginOutcomes;
import org.educloud.identity.sessions.PasswordAuthentication;
import org.educloud.identity.sessions.SavedRequests;
import org.educloud.identity.tokens.AuthorizationHeaderFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/**
 * The pieces of login and token authentication that the platform's security filter chains plug in. Identity
 * owns the rules; the platform owns the wiring.
 */
@Component
public class IdentityWebSecurity {

    private final PasswordAuthentication passwordAuthentication;
    private final LoginOutcomes loginOutcomes;
    private final ApiTokens apiTokens;
    private final AccountRepository accounts;
    private final IntegrationClients integrationClients;
    private final SavedRequests savedRequests;
    private final IntegrationBasicAuthentication integrationBasic;

    IdentityWebSecurity(PasswordAuthentication passwordAuthentication, LoginOutcomes loginOutcomes,
                        ApiTokens apiTokens, AccountRepository accounts, IntegrationClients integrationClients,
                        SavedRequests savedRequests, IntegrationBasicAuthentication integrationBasic) {
        this.integrationClients = integrationClients;
        this.savedRequests = savedRequests;
        this.integrationBasic = integrationBasic;
        this.passwordAuthentication = passwordAuthentication;
        this.loginOutcomes = loginOutcomes;
        this.apiTokens = apiTokens;
        this.accounts = accounts;
    }

    /** Ends sessions of accounts disabled, or reset to await activation, since they logged in. */
    public Filter activeAccountGate() {
        return new ActiveAccountGate(accounts);
    }

    public AuthenticationProvider passwordAuthentication() {
        return passwordAuthentication;
    }

    public AuthenticationSuccessHandler loginSuccess() {
        return loginOutcomes;
    }

    public AuthenticationFailureHandler loginFailure() {
        return loginOutcomes;
    }

    /** Where an anonymous visitor was going when sent to log in; the login success handler reads the same. */
    public RequestCache savedRequests() {
        return savedRequests;
    }

    /** Keeps a person with an initial password on the change-password page. */
    public Filter passwordChangeGate() {
        return new PasswordChangeGate();
    }

    /** Bearer-token authentication for the JSON API; refuses bad tokens through the given entry point. */
    public Filter apiTokenAuthentication(AuthenticationEntryPoint entryPoint) {
        return new AuthorizationHeaderFilter("Bearer", secret -> apiTokens.authenticate(secret).map(caller -> {
            List<GrantedAuthority> authorities = new ArrayList<>(caller.principal().authorities());
            authorities.add(new SimpleGrantedAuthority(caller.tokenScope().authority()));
            UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                    caller.principal(), null, authorities);
            // the token's filter runs on every request, so the scope read with it is current: see ScopeArgumentResolver
            authentication.setDetails(caller.scope());
            return authentication;
        }), entryPoint);
    }

    /** A personal token may call the API within its scope: any token may read, only a read-write one may change. */
    public AuthorizationManager<RequestAuthorizationContext> apiTokenScope() {
        return (authentication, context) -> new AuthorizationDecision(
                tokenScope(authentication.get()).filter(scope -> scope.permits(context.getRequest().getMethod()))
                        .isPresent());
    }

    /** Whether the current request was refused because its token may only read, so the answer can say so. */
    public boolean refusedAsReadOnly(HttpServletRequest request) {
        return tokenScope(SecurityContextHolder.getContext().getAuthentication())
                .filter(scope -> !scope.permits(request.getMethod())).isPresent();
    }

    private static Optional<ApiTokenScope> tokenScope(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return Arrays.stream(ApiTokenScope.values())
                .filter(scope -> authentication.getAuthorities().stream()
                        .anyMatch(granted -> scope.authority().equals(granted.getAuthority())))
                .findFirst();
    }

    /** OAuth 2 access-token authentication for integration clients (the IMS/OneRoster APIs). */
    public Filter integrationTokenAuthentication(AuthenticationEntryPoint entryPoint) {
        return new AuthorizationHeaderFilter("Bearer", token -> integrationClients.authenticate(token).map(c ->
                UsernamePasswordAuthenticationToken.authenticated(c, null, c.authorities())), entryPoint);
    }

    /** HTTP Basic authentication for integration clients (the xAPI learning record store), throttled and audited. */
    public Filter integrationBasicAuthentication(AuthenticationEntryPoint entryPoint) {
        return new AuthorizationHeaderFilter("Basic", encoded -> basicCredentials(encoded)
                .flatMap(pair -> integrationBasic.authenticate(pair[0], pair[1]))
                .map(c -> UsernamePasswordAuthenticationToken.authenticated(c, null, c.authorities())), entryPoint);
    }

    private static java.util.Optional<String[]> basicCredentials(String encoded) {
        try {
            String decoded = new String(java.util.Base64.getDecoder().decode(encoded),
                    java.nio.charset.StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? java.util.Optional.empty()
                    : java.util.Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The session attribute that marks a pending forced password change, cleared once it is done. */
    public static String mustChangePasswordAttribute() {
        return LoginOutcomes.MUST_CHANGE_PASSWORD;
    }
}
