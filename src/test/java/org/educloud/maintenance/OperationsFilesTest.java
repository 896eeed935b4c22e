package org.educloud.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.educloud.identity.ApiTokenScope;
import org.educloud.identity.ApiTokens;
import org.educloud.shared.Role;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations files shipped in {@code ops/} parse, and every metric their queries name is one the application
 * really exposes at /actuator/prometheus (read with an operator's token, as Prometheus would): a renamed meter
 * fails here instead of silently emptying a panel or an alert. And the bureau's status page shows the platform.
 */
@EduCloudTest
class OperationsFilesTest {

    /** A metric selector: a name followed by its label matchers. */
    private static final Pattern SELECTOR = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");
    /** Series Prometheus itself writes for every target, which no application exposes. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    TenantFixture fixture;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theAlertRulesParseAndNameOnlyMetricsTheApplicationExposes() throws Exception {
        Map<String, Object> rules = new Yaml().load(Files.readString(Path.of("ops/prometheus/educloud-alerts.yml")));
        List<String> expressions = new ArrayList<>();
        List<String> alerts = new ArrayList<>();
        for (Object group : (List<?>) rules.get("groups")) {
            for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
                Map<?, ?> r = (Map<?, ?>) rule;
                alerts.add((String) r.get("alert"));
                expressions.add((String) r.get("expr"));
                assertThat(((Map<?, ?>) r.get("labels")).get("severity")).isIn("warning", "critical");
            }
        }
        assertThat(alerts).contains("EduCloudInstanceDown", "EduCloudHighServerErrorRate", "EduCloudHighP99Latency",
                "EduCloudDatabasePoolSaturated", "EduCloudEventBacklogGrowing", "EduCloudDiskAlmostFull");
        assertThat(unknownMetrics(expressions)).isEmpty();
    }

    @Test
    void theDashboardParsesAndNamesOnlyMetricsTheApplicationExposes() throws Exception {
        JsonNode dashboard = JsonMapper.builder().build()
                .readTree(Files.readString(Path.of("ops/grafana/educloud-dashboard.json")));
        assertThat(dashboard.get("title").asString()).isEqualTo("EduCloud platform");
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.path("targets")) {
                expressions.add(target.get("expr").asString());
            }
        }
        expressions.add(dashboard.get("templating").get("list").get(0).get("definition").asString());
        assertThat(expressions).hasSizeGreaterThan(15);
        assertThat(unknownMetrics(expressions)).isEmpty();
    }

    @Test
    void theBureauSeesThePlatformsStatusAndATeacherDoesNot() throws Exception {
        TenantFixture.Side a = fixture.a();
        String page = mvc.perform(get("/maintenance/platform").with(authentication(fixture.as(a.person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("health-components", "db", "event-backlog", "storage");
        mvc.perform(get("/maintenance/platform").with(authentication(fixture.as(a.person(Role.TEACHER)))))
                .andExpect(status().isForbidden());
    }

    /** The metric names the expressions select that the application's scrape does not hold. */
    private Set<String> unknownMetrics(List<String> expressions) throws Exception {
        String scrape = scrape();
        Set<String> unknown = new TreeSet<>();
        for (String expression : expressions) {
            Matcher m = SELECTOR.matcher(expression);
            boolean any = false;
            while (m.find()) {
                any = true;
                String name = m.group(1);
                if (!PROMETHEUS_OWN.contains(name) && !Pattern.compile("(?m)^" + Pattern.quote(name) + "[{ ]")
                        .matcher(scrape).find()) {
                    unknown.add(name);
                }
            }
            assertThat(any).as("an expression that selects no metric: " + expression).isTrue();
        }
        return unknown;
    }

    private String scrape() throws Exception {
        // a request first, so that the request meters exist, as they do on any node in use
        mvc.perform(get("/actuator/health"));
        long operator = jdbc.sql("SELECT id FROM identity.account WHERE username = 'operator'").query(Long.class).single();
        String token = tokens.create(new UserId(operator), "prometheus", 1, ApiTokenScope.READ_ONLY);
        return mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
