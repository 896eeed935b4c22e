package org.educloud.identity;

import jakarta.servlet.Filter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
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

    IdentityWebSecurity(PasswordAuthentication passwordAuthentication, LoginOutcomes loginOutcomes,
                        ApiTokens apiTokens, AccountRepository accounts, IntegrationClients integrationClients) {
        this.integrationClients = integrationClients;
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

    /** Keeps a person with an initial password on the change-password page. */
    public Filter passwordChangeGate() {
        return new PasswordChangeGate();
    }

    /** Bearer-token authentication for the JSON API; refuses bad tokens through the given entry point. */
    public Filter apiTokenAuthentication(AuthenticationEntryPoint entryPoint) {
        return new BearerTokenFilter(secret -> apiTokens.authenticate(secret).map(p ->
                UsernamePasswordAuthenticationToken.authenticated(p, null, p.authorities())), entryPoint);
    }

    /** OAuth 2 access-token authentication for integration clients (the IMS/OneRoster APIs). */
    public Filter integrationTokenAuthentication(AuthenticationEntryPoint entryPoint) {
        return new BearerTokenFilter(token -> integrationClients.authenticate(token).map(c ->
                UsernamePasswordAuthenticationToken.authenticated(c, null, c.authorities())), entryPoint);
    }

    /** The session attribute that marks a pending forced password change, cleared once it is done. */
    public static String mustChangePasswordAttribute() {
        return LoginOutcomes.MUST_CHANGE_PASSWORD;
    }
}
