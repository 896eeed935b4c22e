package org.educloud.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educloud.platform.security.CsrfTokenStore;
import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Anonymous visitors create no session (each one was a database row kept eight hours); a session begins at login,
 * and CSRF protection, the return to the page first asked for, the language switch and logout still work. Real
 * HTTP against the running server, so the session filter and cookies are the ones a browser meets.
 */
@EduCloudTest
class AnonymousVisitsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FilterChainProxy securityChains;

    /**
     * Spring Security's MockMvc {@code csrf()} swaps the shared CSRF filter's repository for a session-based test
     * one, for good; these requests come over HTTP, after such tests, and must meet the application's own store.
     */
    @BeforeEach
    void theApplicationsCsrfTokenStore() {
        securityChains.getFilterChains().stream().flatMap(chain -> chain.getFilters().stream())
                .filter(CsrfFilter.class::isInstance)
                .forEach(filter -> ReflectionTestUtils.setField(filter, "tokenRepository", new CsrfTokenStore()));
    }

    @Test
    void anonymousPageViewsCreateNoSession() throws Exception {
        // no cookie store: every view is a first visit, as from crawlers and new visitors
        HttpClient visitor = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        long before = sessions();
        for (int i = 0; i < 10; i++) {
            for (String path : List.of("/", "/login", "/open/resources", "/open/resources/987654321", "/favicon.ico",
                    "/css/app.css", "/library", "/?lang=en", "/activate")) {
                HttpResponse<String> page = visitor.send(get(path), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).as(path).isLessThan(500);
                assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION="));
            }
        }
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void aSessionBeginsAtLoginAndFormsStayProtected() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        long before = sessions();

        HttpResponse<String> wanted = browser.send(get("/library/curriculum"), HttpResponse.BodyHandlers.ofString());
        assertThat(wanted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        String anonymousToken = token(browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(post(browser, "/login", "username=teacher.wang&password=EduCloud2026").statusCode())
                .as("a login without the form's token").isEqualTo(403);
        assertThat(sessions()).isEqualTo(before);

        HttpResponse<String> login = post(browser, "/login",
                "username=teacher.wang&password=EduCloud2026&_csrf=" + encode(anonymousToken));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).endsWith("/library/curriculum"));
        assertThat(sessions()).isEqualTo(before + 1);

        String sessionToken = token(browser.send(get("/account/tokens"), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(post(browser, "/account/tokens", "name=no-token").statusCode()).isEqualTo(403);
        assertThat(post(browser, "/account/tokens", "name=stale&_csrf=" + encode(anonymousToken)).statusCode())
                .as("the token of the anonymous page no longer counts").isEqualTo(403);
        assertThat(post(browser, "/account/tokens", "name=fresh&_csrf=" + encode(sessionToken)).statusCode())
                .isEqualTo(200);

        browser.send(get("/home?lang=en"), HttpResponse.BodyHandlers.ofString());
        assertThat(browser.send(get("/home"), HttpResponse.BodyHandlers.ofString()).body()).contains("lang=\"en\"");

        HttpResponse<String> logout = post(browser, "/logout", "_csrf=" + encode(sessionToken));
        assertThat(logout.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/?loggedOut"));
        assertThat(sessions()).isEqualTo(before);
        assertThat(browser.send(get("/home"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(302);
    }

    private long sessions() {
        return jdbc.sql("SELECT count(*) FROM platform.spring_session").query(Long.class).single();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .build();
    }

    private HttpResponse<String> post(HttpClient client, String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a form token on the page").isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
