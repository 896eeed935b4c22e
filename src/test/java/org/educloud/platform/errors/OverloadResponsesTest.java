package org.educloud.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.educloud.platform.runtime.RequestLimitProperties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A node that cannot take a request answers in the shape its caller reads, always with Retry-After, never with the
 * exception's text, and without touching the database.
 */
class OverloadResponsesTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final OverloadResponses responses = responses();

    private OverloadResponses responses() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/platform");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        CookieLocaleResolver locales = new CookieLocaleResolver("educloud-lang");
        locales.setDefaultLocaleFunction(request -> java.util.Locale.SIMPLIFIED_CHINESE);
        JsonMapper json = JsonMapper.builder().build();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
        return new OverloadResponses(new ProblemResponses(messages, locales, json, null), messages, locales, templates,
                json, new RequestLimitProperties(0, 6, 20, Duration.ofSeconds(3), Duration.ofMillis(4500),
                Duration.ofSeconds(10)), meters);
    }

    private static final SQLTransientConnectionException TIMEOUT = new SQLTransientConnectionException(
            "educloud-embedded - Connection is not available, request timed out after 5000ms");

    @Test
    void aBrowserGetsAPageInItsLanguageThatReloadsItselfAfterTheWait() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/home");
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setHeader("Content-Disposition", "attachment; filename=half-sent.xlsx");

        responses.databaseUnavailable(request, response, TIMEOUT);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getHeader("Content-Disposition")).as("what the failed work had set").isNull();
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("服务暂时不可用", "5 秒后重试", "http-equiv=\"refresh\"")
                .doesNotContain("Exception", "request timed out");
        assertThat(meters.get("educloud.requests.refused").tag("reason", "database-unavailable").counter().count())
                .isEqualTo(1);

        MockHttpServletRequest english = new MockHttpServletRequest("POST", "/learning/assignments");
        english.setCookies(new Cookie("educloud-lang", "en"));
        MockHttpServletResponse answer = new MockHttpServletResponse();
        responses.busy(english, answer);
        assertThat(answer.getContentAsString()).contains("Service temporarily unavailable")
                .doesNotContain("http-equiv=\"refresh\"");
    }

    /**
     * The session filter saves a signed-in visitor's session when the answer is committed, and with the database gone
     * that save fails: the page must not be cut off by it (nor the failure reach the log as an error).
     */
    @Test
    void aSignedInVisitorGetsTheWholePageThoughTheirSessionCannotBeSaved() throws Exception {
        AtomicInteger saves = new AtomicInteger();
        MapSessionRepository databaseGone = new MapSessionRepository(new ConcurrentHashMap<>()) {
            @Override
            public void save(MapSession session) {
                saves.incrementAndGet();
                throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction", TIMEOUT);
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/home");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new SessionRepositoryFilter<>(databaseGone).doFilter(request, response, (req, res) -> {
            ((HttpServletRequest) req).getSession().setAttribute("signed-in", "teacher");
            responses.databaseUnavailable((HttpServletRequest) req, (HttpServletResponse) res, TIMEOUT);
            res.flushBuffer();
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("服务暂时不可用").contains("</html>");
        assertThat(saves).as("saves of the session while the database is away").hasValue(0);
    }

    @Test
    void htmxAndScriptsGetProblemDetailsOnPages() throws Exception {
        MockHttpServletRequest htmx = new MockHttpServletRequest("GET", "/assessment/quizzes/3/results");
        htmx.addHeader("HX-Request", "true");
        MockHttpServletResponse response = new MockHttpServletResponse();

        responses.tooManyRequests(htmx, response, 6);

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("https://educloud.org/problems/too-many-requests", "6");
    }

    @Test
    void integrationsGetTheirOwnErrorShapes() throws Exception {
        MockHttpServletResponse ims = new MockHttpServletResponse();
        responses.busy(new MockHttpServletRequest("GET", "/ims/oneroster/rostering/v1p2/users"), ims);
        assertThat(ims.getStatus()).isEqualTo(503);
        assertThat(ims.getContentAsString()).contains("server_busy", "try again in 5 seconds");

        MockHttpServletResponse xapi = new MockHttpServletResponse();
        responses.databaseUnavailable(new MockHttpServletRequest("POST", "/xapi/statements"), xapi, TIMEOUT);
        assertThat(xapi.getStatus()).isEqualTo(503);
        assertThat(xapi.getHeader("X-Experience-API-Version")).isEqualTo("2.0.0");
        assertThat(xapi.getContentAsString()).contains("\"error\"", "database").doesNotContain("timed out");

        MockHttpServletResponse token = new MockHttpServletResponse();
        responses.busy(new MockHttpServletRequest("POST", "/oauth2/token"), token);
        assertThat(token.getContentAsString()).contains("\"error\":\"temporarily_unavailable\"");
        assertThat(token.getHeader("Retry-After")).isEqualTo("5");
    }
}
