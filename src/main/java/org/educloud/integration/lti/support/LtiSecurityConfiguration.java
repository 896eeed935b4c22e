package org.educloud.integration.lti.support;

import org.educloud.identity.IdentityWebSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The LTI endpoints tools call, before the pages' chain. {@code /lti/auth} is reached by the person's browser coming
 * back from the tool (GET or a cross-site POST, so no CSRF token can be there): it shares the pages' session and
 * account gates, and the launch it answers is bound to that person by a one-time hint. The token, service and
 * deep-linking return endpoints carry no session: a tool's signed assertion, a platform-signed bearer token, or a
 * one-time return token bound to the teacher who asked decide there.
 */
@Configuration(proxyBeanMethods = false)
class LtiSecurityConfiguration {

    @Bean
    @Order(5)
    SecurityFilterChain ltiChain(HttpSecurity http, IdentityWebSecurity identity) throws Exception {
        http.securityMatcher("/lti/auth", "/lti/token", "/lti/services/**", "/lti/deep-links/**")
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterAfter(identity.activeAccountGate(), SecurityContextHolderFilter.class)
                .addFilterAfter(identity.passwordChangeGate(), SecurityContextHolderFilter.class)
                .headers(h -> h.frameOptions(f -> f.deny()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/lti/auth").authenticated()
                        .anyRequest().permitAll());
        return http.build();
    }
}
