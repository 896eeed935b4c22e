package org.educloud.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.educloud.identity.ApiTokenScope;
import org.educloud.identity.ApiTokens;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile but common input sent as raw bytes to the running server: undecodable query strings, forms and paths on
 * every family of paths, the error page asked for directly, broken language headers and cookies. Each gets a 4xx in
 * its family's shape, never a stack trace, and nothing is logged as an ERROR.
 */
@EduCloudTest
class MalformedRequestsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    TenantFixture fixture;

    /** The shape of a family's error body. */
    enum Shape {
        PROBLEM, IMS, XAPI, OAUTH, PAGE
    }

    record Sent(String method, String target, String form, Shape shape) {

        @Override
        public String toString() {
            return method + " " + target + (form.isEmpty() ? "" : " [" + form + "]");
        }
    }

    static List<Sent> malformed() {
        return List.of(
                new Sent("GET", "/api/v1/orgs?q=%zz", "", Shape.PROBLEM),
                new Sent("GET", "/api/v1/me?name=%e4%b8", "", Shape.PROBLEM),
                new Sent("GET", "/actuator/health?x=%zz", "", Shape.PROBLEM),
                new Sent("GET", "/api/v1/%zz", "", Shape.PROBLEM),
                new Sent("GET", "/ims/oneroster/rostering/v1p2/users?filter=%zz", "", Shape.IMS),
                new Sent("GET", "/ims/oneroster/rostering/v1p2/%ff", "", Shape.IMS),
                new Sent("GET", "/xapi/about?x=%zz", "", Shape.XAPI),
                new Sent("GET", "/xapi/statements?agent=%ff", "", Shape.XAPI),
                new Sent("GET", "/xapi/%zz", "", Shape.XAPI),
                new Sent("POST", "/oauth2/token", "grant_type=%zz", Shape.OAUTH),
                new Sent("GET", "/?q=%zz", "", Shape.PAGE),
                new Sent("GET", "/login?x=%e4%b8", "", Shape.PAGE),
                new Sent("GET", "/open/resources?q=%zz", "", Shape.PAGE),
                new Sent("GET", "/library?q=100%", "", Shape.PAGE),
                new Sent("POST", "/login", "username=%zz&password=x", Shape.PAGE),
                new Sent("GET", "/error", "", Shape.PAGE),
                new Sent("GET", "/%zz", "", Shape.PAGE),
                new Sent("GET", "/library/a%00b", "", Shape.PAGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void undecodableInputIsABadRequestInTheShapeOfItsPath(Sent sent) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", sent.shape() == Shape.PAGE ? "text/html" : "application/json");
        headers.put("X-Experience-API-Version", "2.0.0");
        if (!sent.form().isEmpty()) {
            headers.put("Content-Type", "application/x-www-form-urlencoded");
        }
        RawHttp.Answer answer = withoutErrorLogs(() -> RawHttp.send(port, sent.method(), sent.target(), headers,
                sent.form()));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("Exception", "\tat ", "Tomcat");
        switch (sent.shape()) {
            case PROBLEM -> {
                assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                assertThat(answer.body()).contains("\"type\":\"https://educloud.org/problems/bad-request\"",
                        "\"status\":400", "请求有误");
            }
            case IMS -> assertThat(answer.body()).contains("\"imsx_codeMajor\":\"failure\"", "invaliddata");
            case XAPI -> {
                assertThat(answer.header("X-Experience-API-Version")).isEqualTo("2.0.0");
                assertThat(answer.body()).startsWith("{\"error\":");
            }
            case OAUTH -> assertThat(answer.body()).contains("\"error\":\"invalid_request\"");
            case PAGE -> {
                assertThat(answer.header("Content-Type")).startsWith("text/html");
                assertThat(answer.body()).contains("请求有误", "返回首页");
            }
        }
    }

    @Test
    void aTokenHolderSendingAMalformedQueryGetsAProblemNotAnIncident() throws Exception {
        String token = "Bearer " + tokens.create(fixture.a().person(Role.TEACHER), "malformed", 1,
                ApiTokenScope.READ_ONLY);
        RawHttp.Answer answer = withoutErrorLogs(() -> RawHttp.send(port, "GET", "/api/v1/orgs?q=%zz&size=5",
                Map.of("Authorization", token, "Accept-Language", "en"), ""));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("bad-request", "cannot be decoded").doesNotContain("incident");
    }

    @Test
    void aXapiClientSpeakingOneZeroThreeIsAnsweredInItsVersion() throws Exception {
        RawHttp.Answer answer = withoutErrorLogs(() -> RawHttp.send(port, "GET", "/xapi/statements?since=%zz",
                Map.of("X-Experience-API-Version", "1.0.3"), ""));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("X-Experience-API-Version")).isEqualTo("1.0.3");
    }

    @Test
    void aBrokenLanguageHeaderOrCookieMeansTheDefaultLanguage() throws Exception {
        String token = "Bearer " + tokens.create(fixture.a().person(Role.TEACHER), "languages", 1,
                ApiTokenScope.READ_ONLY);
        RawHttp.Answer api = withoutErrorLogs(() -> RawHttp.send(port, "GET", "/api/v1/me",
                Map.of("Authorization", token, "Accept-Language", ";;;q=x"), ""));
        assertThat(api.status()).isEqualTo(200);
        for (String cookie : List.of("educloud-lang=%zz", "educloud-lang=xx_YY_ZZ_QQ!!")) {
            RawHttp.Answer page = withoutErrorLogs(() -> RawHttp.send(port, "GET", "/",
                    Map.of("Cookie", cookie, "Accept", "text/html"), ""));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("lang=\"zh-CN\"");
        }
    }

    @Test
    void aFormSentWithAMethodThatTakesNoFormIsNotAServerError() throws Exception {
        String token = "Bearer " + tokens.create(fixture.a().person(Role.DISTRICT_ADMIN), "put form", 1,
                ApiTokenScope.READ_WRITE);
        RawHttp.Answer answer = withoutErrorLogs(() -> RawHttp.send(port, "PUT",
                "/api/v1/schools/" + fixture.a().school().id().value(),
                Map.of("Authorization", token, "Content-Type", "application/x-www-form-urlencoded"), "name=%zz"));
        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    private static RawHttp.Answer withoutErrorLogs(Callable<RawHttp.Answer> exchange) throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        try {
            RawHttp.Answer answer = exchange.call();
            assertThat(logged.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                    .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
            return answer;
        } finally {
            root.detachAppender(logged);
            logged.stop();
        }
    }
}
