package org.educloud.platform.security;

import org.educloud.identity.IdentityWebSecurity;
import org.educloud.identity.IntegrationCaller;
import org.educloud.platform.errors.ProblemResponses;
import org.educloud.platform.uploads.UploadPermits;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The filter chains: the JSON API and Actuator are stateless and take personal bearer tokens only (so they need
 * no CSRF token); the OAuth 2 token endpoint authenticates clients itself; the 1EdTech APIs under /ims/ take
 * integration clients' access tokens only; the learning record store under /xapi/ takes integration clients' HTTP
 * Basic credentials; the pages use form login, database-stored sessions and CSRF protection. An anonymous page view
 * creates no session: its CSRF token and the page it was going to live in cookies until the visitor logs in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; media-src 'self' blob:; object-src 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    private static final String[] PUBLIC_PAGES = {"/", "/ping", "/login", "/activate", "/recover", "/recover/code", "/open/**", "/css/**", "/js/**", "/img/**",
            "/webjars/**", "/favicon.ico", "/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, IdentityWebSecurity identity, ProblemResponses problems,
                                 UploadPermits uploads) throws Exception {
        stateless(http.securityMatcher("/api/**"), identity, problems)
                .addFilterAfter(uploads.gate(true), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().access(identity.apiTokenScope()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, IdentityWebSecurity identity, ProblemResponses problems)
            throws Exception {
        stateless(http.securityMatcher("/actuator/**"), identity, problems)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("PLATFORM_OPERATOR"));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain tokenEndpointChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/oauth2/token")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain imsChain(HttpSecurity http, IdentityWebSecurity identity, ImsStatusResponses responses)
            throws Exception {
        // Only integration clients: a person's session or personal token never reads the OneRoster API.
        integrationClientsOnly(http.securityMatcher("/ims/**"), identity.integrationTokenAuthentication(responses),
                responses);
        return http.build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain xapiChain(HttpSecurity http, IdentityWebSecurity identity, XapiSecurityResponses responses)
            throws Exception {
        integrationClientsOnly(http.securityMatcher("/xapi/**"), identity.integrationBasicAuthentication(responses),
                responses, "/xapi/about");
        return http.build();
    }

    /** Stateless, authenticated by {@code filter}, open only to integration clients except at {@code open}. */
    private static <R extends AuthenticationEntryPoint & AccessDeniedHandler> void integrationClientsOnly(
            HttpSecurity http, jakarta.servlet.Filter filter, R responses, String... open) throws Exception {
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(filter, BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(responses).accessDeniedHandler(responses))
                .authorizeHttpRequests(a -> {
                    if (open.length > 0) {
                        a.requestMatchers(open).permitAll();
                    }
                    a.anyRequest().access((authentication, context) -> new AuthorizationDecision(
                            authentication.get() != null
                                    && authentication.get().getPrincipal() instanceof IntegrationCaller));
                });
    }

    /** No session, no CSRF (no cookie is honoured), bearer tokens, and problem details for 401 and 403. */
    private static HttpSecurity stateless(HttpSecurity http, IdentityWebSecurity identity, ProblemResponses problems)
            throws Exception {
        return http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(identity.apiTokenAuthentication(problems), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    }

    @Bean
    @Order(6)
    SecurityFilterChain pageChain(HttpSecurity http, IdentityWebSecurity identity, PageSecurityResponses responses,
                                  UploadPermits uploads) throws Exception {
        // An explicit manager without a parent: otherwise Boot also registers the provider bean globally and a
        // failed login would be checked, and counted by the throttle, twice.
        http.authenticationManager(new ProviderManager(identity.passwordAuthentication()))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(identity.loginSuccess())
                        .failureHandler(identity.loginFailure())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut").permitAll())
                .addFilterAfter(identity.activeAccountGate(), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(identity.passwordChangeGate(), UsernamePasswordAuthenticationFilter.class)
                // before the CSRF check, which reads a multipart body to find the form's token
                .addFilterBefore(uploads.gate(false), CsrfFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(responses).accessDeniedHandler(responses))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .csrf(csrf -> csrf.csrfTokenRepository(new CsrfTokenStore()))
                .requestCache(cache -> cache.requestCache(identity.savedRequests()))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/admin/**").hasAnyRole("PLATFORM_OPERATOR", "REGION_ADMIN",
                                "DISTRICT_ADMIN", "SCHOOL_ADMIN")
                        .anyRequest().authenticated());
        return http.build();
    }
}
