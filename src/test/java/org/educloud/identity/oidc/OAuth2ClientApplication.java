package org.educloud.identity.oidc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * A separate relying party, as a school's other application would be written: a small Spring Boot web application
 * with Spring Security's OAuth2 client ({@code oauth2Login}, PKCE), started by the test on its own random port at
 * 127.0.0.1 (EduCloud is reached at localhost, so the two keep their own cookies). It knows EduCloud only by its
 * issuer URL: endpoints and keys come from discovery, the ID token is verified by Spring Security against the JWKS.
 * Its only page shows what it learnt about the person signed in.
 *
 * <p>No stereotype annotation: EduCloud's own component scan covers the test classes, and must not pick this up.
 */
@EnableWebSecurity
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
class OAuth2ClientApplication {

    static final String REGISTRATION = "educloud";

    /** Where the test puts the registration EduCloud issued, once the application's port is known. */
    record Registration(AtomicReference<ClientRegistration> value) {
    }

    /** The running application: its base URL, and the client registration given once EduCloud issued it. */
    record Running(ConfigurableApplicationContext context, String base, AtomicReference<ClientRegistration> registration)
            implements AutoCloseable {

        String redirectUri() {
            return base + "/login/oauth2/code/" + REGISTRATION;
        }

        void register(String issuer, String clientId, String secret) {
            registration.set(ClientRegistrations.fromIssuerLocation(issuer).registrationId(REGISTRATION)
                    .clientId(clientId).clientSecret(secret).scope("openid", "profile")
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").build());
        }

        @Override
        public void close() {
            context.close();
        }
    }

    static Running start() {
        AtomicReference<ClientRegistration> registration = new AtomicReference<>();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(OAuth2ClientApplication.class)
                .web(WebApplicationType.SERVLET)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("clientRegistration",
                        new Registration(registration)))
                // as arguments, above everything else; and not EduCloud's application.yml: this is another application
                .run("--spring.config.name=oauth2-client-application", "--server.port=0", "--server.address=127.0.0.1",
                        "--spring.main.banner-mode=off", "--spring.main.register-shutdown-hook=false",
                        "--spring.jmx.enabled=false");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Running(context, "http://127.0.0.1:" + port, registration);
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(Registration clientRegistration) {
        return id -> {
            ClientRegistration registration = clientRegistration.value().get();
            return registration != null && registration.getRegistrationId().equals(id) ? registration : null;
        };
    }

    @Bean
    SecurityFilterChain relyingPartyChain(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, "/oauth2/authorization");
        // EduCloud asks every client for PKCE, confidential ones too
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage("/oauth2/authorization/" + REGISTRATION)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests)));
        return http.build();
    }

    /** The page: who signed in, as the ID token and userinfo told it. */
    @Bean
    RouterFunction<ServerResponse> claimsPage() {
        return RouterFunctions.route().GET("/", request -> ServerResponse.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(page(request.servletRequest()))).build();
    }

    @SuppressWarnings("unchecked")
    private static String page(HttpServletRequest request) {
        OidcUser user = (OidcUser) ((OAuth2AuthenticationToken) request.getUserPrincipal()).getPrincipal();
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>作业应用</title>"
                + "</head><body><h1>作业应用</h1><dl>");
        item(html, "subject", user.getSubject());
        item(html, "name", user.getFullName());
        item(html, "issuer", String.valueOf(user.getIssuer()));
        List<Map<String, Object>> roles = user.getClaim(OidcClaims.ROLES);
        for (Map<String, Object> role : roles == null ? List.<Map<String, Object>>of() : roles) {
            item(html, "role", role.get("role") + " " + role.get("org_name") + " " + role.get("org_path"));
        }
        Map<String, Object> school = user.getClaim(OidcClaims.SCHOOL);
        if (school != null) {
            item(html, "school", school.get("name") + " " + school.get("org_path"));
        }
        return html.append("</dl></body></html>").toString();
    }

    private static void item(StringBuilder html, String id, String value) {
        html.append("<dt>").append(id).append("</dt><dd class=\"").append(id).append("\">")
                .append(HtmlUtils.htmlEscape(value)).append("</dd>");
    }
}
