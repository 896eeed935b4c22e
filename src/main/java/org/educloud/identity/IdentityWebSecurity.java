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
    private final IntegrationBasicAuthentication integrationBasic;

    IdentityWebSecurity(PasswordAuthentication passwordAuthentication, LoginOutcomes loginOutcomes,
                        ApiTokens apiTokens, AccountRepository accounts, IntegrationClients integrationClients,
                        IntegrationBasicAuthentication integrationBasic) {
        this.integrationClients = integrationClients;
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

    /** Keeps a person with an initial password on the change-password page. */
    public Filter passwordChangeGate() {
        return new PasswordChangeGate();
    }

    /** Bearer-token authentication for the JSON API; refuses bad tokens through the given entry point. */
    public Filter apiTokenAuthentication(AuthenticationEntryPoint entryPoint) {
        return new AuthorizationHeaderFilter("Bearer", secret -> apiTokens.authenticate(secret).map(caller -> {
            UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                    caller.principal(), null, caller.principal().authorities());
            // the token's filter runs on every request, so the scope read with it is current: see ScopeArgumentResolver
            authentication.setDetails(caller.scope());
            return authentication;
        }), entryPoint);
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
