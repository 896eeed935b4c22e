package org.educloud.identity.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.util.Optional;
import javax.sql.DataSource;
import org.educloud.identity.AccountView;
import org.educloud.identity.IdentityWebSecurity;
import org.educloud.shared.UserId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring Authorization Server on EduCloud's own login. Its endpoints live under {@code /oidc/} (the integration
 * clients' client-credentials endpoint already answers at {@code /oauth2/token}); discovery stays at the standard
 * {@code /.well-known/openid-configuration}. The chain shares the pages' session, saved-request cookie and account
 * gates, so a person logs in once at {@code /login} and an account disabled since is refused here as everywhere.
 */
@Configuration(proxyBeanMethods = false)
class OidcProviderConfiguration {

    static final String AUTHORIZE = "/oidc/authorize";
    static final String CONSENT = "/oidc/consent";

    @Bean
    @Order(0)
    SecurityFilterChain oidcProviderChain(HttpSecurity http, IdentityWebSecurity identity, OidcClaims claims,
                                          RefusedSignIns refused) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, as -> as
                        .authorizationEndpoint(endpoint -> endpoint
                                .consentPage(CONSENT)
                                .errorResponseHandler(new AuthorizationErrors(refused))
                                .authenticationProviders(providers -> providers.forEach(provider -> {
                                    if (provider instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider code) {
                                        code.setAuthenticationValidator(new ClientNodeValidator(claims, refused));
                                    }
                                })))
                        .oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(
                                context -> userInfo(claims, context)))))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                .requestCache(cache -> cache.requestCache(identity.savedRequests()))
                .addFilterAfter(identity.activeAccountGate(), SecurityContextHolderFilter.class)
                .addFilterAfter(identity.passwordChangeGate(), SecurityContextHolderFilter.class)
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        PathPatternRequestMatcher.withDefaults().matcher(AUTHORIZE)));
        return http.build();
    }

    @Bean
    org.springframework.security.core.session.SessionRegistry oidcSessionRegistry() {
        return new NoSessionRegistry();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder()
                .authorizationEndpoint(AUTHORIZE)
                .tokenEndpoint("/oidc/token")
                .jwkSetEndpoint("/oidc/jwks")
                .tokenRevocationEndpoint("/oidc/revoke")
                .tokenIntrospectionEndpoint("/oidc/introspect")
                .oidcUserInfoEndpoint("/oidc/userinfo")
                .oidcLogoutEndpoint("/oidc/logout")
                .deviceAuthorizationEndpoint("/oidc/device_authorization")
                .deviceVerificationEndpoint("/oidc/device_verification")
                .pushedAuthorizationRequestEndpoint("/oidc/par")
                .oidcClientRegistrationEndpoint("/oidc/connect/register")
                .build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(DataSource dataSource) {
        return new JdbcRegisteredClientRepository(OidcJdbc.template(dataSource));
    }

    @Bean
    OAuth2AuthorizationService authorizationService(DataSource dataSource, RegisteredClientRepository clients) {
        return new StoredAuthorizations(new JdbcOAuth2AuthorizationService(OidcJdbc.template(dataSource), clients));
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(DataSource dataSource,
                                                                  RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(OidcJdbc.template(dataSource), clients);
    }

    /** Verifies the access tokens userinfo is called with, against every published key (by key id). */
    @Bean
    JwtDecoder oidcJwtDecoder(SigningKeys keys) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // the decoder's own validators check expiry and issuance; Nimbus' default claim checks would only repeat them
        processor.setJWTClaimsSetVerifier((claimsSet, context) -> {
        });
        return new NimbusJwtDecoder(processor);
    }

    /**
     * Signs with the current key (named in the header, as the JWKS may hold retired keys too), makes the subject the
     * account id, refuses (and audits) a person the client may no longer sign in (a refresh after a transfer or
     * disabling), and puts the scoped claims into the ID token.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> oidcTokenCustomizer(SigningKeys keys, OidcClaims claims,
                                                                  RefusedSignIns refused) {
        return context -> {
            context.getJwsHeader().keyId(keys.currentKid());
            OAuth2Authorization authorization = context.getAuthorization();
            String stored = authorization == null ? null : authorization.getAttribute(StoredAuthorizations.ACCOUNT);
            if (stored == null) {
                return;
            }
            UserId id = new UserId(Long.parseLong(stored));
            String client = context.getRegisteredClient().getId();
            OidcClaims.SignIn signIn = claims.signIn(id, client);
            if (signIn.refusal() != null) {
                refused.record(id, signIn, client, RefusedSignIns.Step.TOKEN_ISSUANCE);
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                        "The account may no longer sign in to this client.", null));
            }
            AccountView account = java.util.Objects.requireNonNull(signIn.account());
            context.getClaims().subject(OidcClaims.subject(account.id()));
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                claims.claims(account, context.getRegisteredClient().getId(), context.getAuthorizedScopes())
                        .forEach((name, value) -> context.getClaims().claim(name, value));
            }
        };
    }

    private static OidcUserInfo userInfo(OidcClaims claims, OidcUserInfoAuthenticationContext context) {
        OAuth2Authorization authorization = context.getAuthorization();
        String stored = authorization.getAttribute(StoredAuthorizations.ACCOUNT);
        Optional<AccountView> account = stored == null ? Optional.empty()
                : claims.signable(new UserId(Long.parseLong(stored)), authorization.getRegisteredClientId());
        return account.map(a -> new OidcUserInfo(claims.claims(a, authorization.getRegisteredClientId(),
                        context.getAccessToken().getScopes())))
                .orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_TOKEN));
    }

}
