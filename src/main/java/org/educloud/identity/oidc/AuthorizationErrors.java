package org.educloud.identity.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.educloud.identity.AccountPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Errors at the authorization endpoint, as the OAuth rules want them: back to the client only when its redirect URI
 * was checked (an unregistered one gets an error page, never a redirect), except a person the client may not sign in,
 * who is told so on EduCloud's own page (no code, no redirect that could carry anything).
 */
final class AuthorizationErrors implements AuthenticationFailureHandler {

    private final RefusedSignIns refused;

    AuthorizationErrors(RefusedSignIns refused) {
        this.refused = refused;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        OAuth2Error error = ((OAuth2AuthenticationException) exception).getError();
        if (ClientNodeValidator.OUTSIDE_NODE.equals(error.getDescription())) {
            response.sendRedirect(request.getContextPath() + "/oidc/refused");
            return;
        }
        OAuth2AuthorizationCodeRequestAuthenticationToken token =
                exception instanceof OAuth2AuthorizationCodeRequestAuthenticationException e
                        ? e.getAuthorizationCodeRequestAuthentication() : null;
        String clientId = request.getParameter(OAuth2ParameterNames.CLIENT_ID);
        if (OAuth2ErrorCodes.INVALID_REQUEST.equals(error.getErrorCode()) && clientId != null
                && String.valueOf(error.getDescription()).contains(OAuth2ParameterNames.CLIENT_ID)
                && SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof AccountPrincipal person) {
            // a revoked or unknown client: audited for a person who is logged in (anonymous probes are not)
            refused.recordUnknownClient(person, clientId);
        }
        if (token == null || !StringUtils.hasText(token.getRedirectUri())) {
            response.sendError(HttpStatus.BAD_REQUEST.value(), error.getErrorCode());
            return;
        }
        UriComponentsBuilder target = UriComponentsBuilder.fromUriString(token.getRedirectUri())
                .queryParam(OAuth2ParameterNames.ERROR, encoded(error.getErrorCode()));
        if (StringUtils.hasText(error.getDescription())) {
            target.queryParam(OAuth2ParameterNames.ERROR_DESCRIPTION, encoded(error.getDescription()));
        }
        if (StringUtils.hasText(token.getState())) {
            target.queryParam(OAuth2ParameterNames.STATE, encoded(token.getState()));
        }
        response.sendRedirect(target.build(true).toUriString());
    }

    private static String encoded(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }
}
