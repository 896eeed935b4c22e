package org.educloud.network.probes;

import org.educloud.tenancy.TenancyManagement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The probe API's own filter chain, ahead of the JSON API's: probes are not people and hold no personal token, so
 * {@code /api/v1/probe/**} takes probe credentials only (a person's token or session is not one) and is open
 * without one only for enrolment, where the one-time code in the body is the credential.
 */
@Configuration(proxyBeanMethods = false)
class ProbeSecurity {

    static final String PATHS = "/api/v1/probe/**";
    static final String ENROL = "/api/v1/probe/enrolment";

    @Bean
    @Order(0)
    SecurityFilterChain probeChain(HttpSecurity http, ProbeStore probes, TenancyManagement tenancy,
                                   ProbeRefusals refusals) throws Exception {
        http.securityMatcher(PATHS)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ProbeAuthentication(probes, tenancy, refusals), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, ENROL).permitAll()
                        .anyRequest().hasRole("PROBE"));
        return http.build();
    }
}
