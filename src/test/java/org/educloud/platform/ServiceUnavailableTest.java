package org.educloud.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.educloud.platform.admission.ClientKey;
import org.educloud.platform.admission.InFlightLimits;
import org.educloud.platform.runtime.RequestLimitProperties;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A node that cannot take a request now says so: 503 with Retry-After when its database pool is exhausted or the
 * database is down, and when it already works on as many requests as it may; 429 with Retry-After to a client whose
 * own requests hold all its turns. Problem details on the API and for htmx, a translated page for browsers, never a
 * 500 or a stack trace; and once the database is back the node serves again by itself.
 */
@EduCloudTest
class ServiceUnavailableTest {

    private static final String NO_TRACE = "Exception";

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    DataSource dataSource;

    @Autowired
    InFlightLimits limits;

    @Autowired
    RequestLimitProperties properties;

    @LocalServerPort
    int port;

    @Test
    void anExhaustedPoolAnswers503WithRetryAfterAsAProblemOnTheApiAndAsAPageInTheBrowser() throws Exception {
        Authentication tokenHolder = fixture.asTokenHolder(fixture.a().person(Role.TEACHER));
        Authentication teacher = fixture.as(fixture.a().person(Role.TEACHER));
        long school = fixture.a().school().id().value();
        String retryAfter = String.valueOf(properties.retryAfterSeconds());

        try (var exhausted = PoolDrills.exhaust(dataSource)) {
            mvc.perform(get("/api/v1/orgs/{id}", school).with(authentication(tokenHolder)))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", retryAfter))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://educloud.org/problems/unavailable"))
                    .andExpect(jsonPath("$.status").value(503))
                    .andExpect(jsonPath("$.detail").value(containsString("数据库")))
                    .andExpect(content().string(not(containsString(NO_TRACE))));
            mvc.perform(get("/orgs/{id}", school).with(authentication(teacher)))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", retryAfter))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(containsString("服务暂时不可用")))
                    .andExpect(content().string(containsString("http-equiv=\"refresh\"")))
                    .andExpect(content().string(not(containsString(NO_TRACE))));
            mvc.perform(get("/orgs/{id}", school).with(authentication(teacher)).cookie(new Cookie("educloud-lang", "en")))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(containsString("cannot reach its database")));
            mvc.perform(get("/orgs/{id}", school).with(authentication(teacher)).header("HX-Request", "true"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }

        mvc.perform(get("/api/v1/orgs/{id}", school).with(authentication(tokenHolder))).andExpect(status().isOk());
        mvc.perform(get("/orgs/{id}", school).with(authentication(teacher))).andExpect(status().isOk());
    }

    @Test
    void aTokenOrSessionWhoseRequestsHoldAllItsTurnsGets429WithRetryAfterWhileOthersAreServed() throws Exception {
        List<InFlightLimits.Admitted> held = new ArrayList<>();
        ClientKey token = new ClientKey("credentials Bearer ec_limit-test", false);
        ClientKey session = new ClientKey("session limit-test", false);
        try {
            for (int i = 0; i < properties.perClient(); i++) {
                held.add((InFlightLimits.Admitted) limits.admit(token));
                held.add((InFlightLimits.Admitted) limits.admit(session));
            }

            mvc.perform(get("/api/v1/classes").header("Authorization", "Bearer ec_limit-test"))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://educloud.org/problems/too-many-requests"));
            mvc.perform(get("/learning/assignments").cookie(new Cookie("SESSION", "limit-test")))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(content().string(containsString("请求过于频繁")));
            mvc.perform(get("/")).andExpect(status().isOk());
        } finally {
            held.forEach(InFlightLimits.Admitted::release);
        }
    }

    @Test
    void aNodeWorkingOnAllTheRequestsItMayAnswersTheNext503ButStillAnswersPingAndHealth() throws Exception {
        List<InFlightLimits.Admitted> held = new ArrayList<>();
        try {
            for (int i = 0; i < limits.maxInFlight(); i++) {
                held.add((InFlightLimits.Admitted) limits.admit(new ClientKey("session crowd-" + i, false)));
            }

            mvc.perform(get("/"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(content().string(containsString("服务暂时不可用")));
            mvc.perform(get("/ping")).andExpect(status().isOk());
            mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        } finally {
            held.forEach(InFlightLimits.Admitted::release);
        }
        mvc.perform(get("/")).andExpect(status().isOk());
    }

    @Test
    void withTheDatabaseDownRequestsFailCleanlyWith503AndTheNodeServesAgainWithinTenSecondsOfItsReturn()
            throws Exception {
        Authentication tokenHolder = fixture.asTokenHolder(fixture.a().person(Role.TEACHER));
        long school = fixture.a().school().id().value();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest portal = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .timeout(Duration.ofSeconds(30)).build();

        try (var outage = PoolDrills.outage(dataSource)) {
            HttpResponse<String> page = http.send(portal, HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(page.body()).contains("服务暂时不可用").doesNotContain(NO_TRACE).doesNotContain("at org.");
            mvc.perform(get("/api/v1/orgs/{id}", school).with(authentication(tokenHolder)))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(jsonPath("$.type").value("https://educloud.org/problems/unavailable"))
                    .andExpect(content().string(not(containsString(NO_TRACE))));
            // the session filter cannot read a signed-in person's session
            String sessionCookie = java.util.Base64.getEncoder().encodeToString(
                    java.util.UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            mvc.perform(get("/home").cookie(new Cookie("SESSION", sessionCookie)))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(containsString("服务暂时不可用")));
            // Spring Security cannot check a password, nor its failure handler count the attempt
            mvc.perform(post("/login").param("username", "teacher.wang").param("password", "EduCloud2026")
                            .with(csrf()))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(not(containsString(NO_TRACE))));

            outage.end();
            long back = System.nanoTime();
            int status = 0;
            while (status != 200 && System.nanoTime() - back < Duration.ofSeconds(10).toNanos()) {
                status = http.send(portal, HttpResponse.BodyHandlers.ofString()).statusCode();
                if (status != 200) {
                    Thread.sleep(200);
                }
            }
            assertThat(status).as("the portal within 10 s of the database's return").isEqualTo(200);
        }
        mvc.perform(get("/api/v1/orgs/{id}", school).with(authentication(tokenHolder))).andExpect(status().isOk());
    }
}
