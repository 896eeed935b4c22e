package org.educloud.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.educloud.network.ProbeDriver.batch;
import static org.educloud.network.ProbeDriver.heartbeat;
import static org.educloud.network.ProbeDriver.measurement;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.educloud.network.incidents.IncidentDetection;
import org.educloud.network.measurements.Rollups;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Outages open after K missed heartbeats and close when the line is heard, with their duration; degradations open
 * when every measurement over the period stays below the share of the contract; both reach the school's admins and
 * the district's operations staff, and show on the status wall, the school's page and the availability page.
 */
@EduCloudTest
class IncidentsAndStatusTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    TenancyManagement tenancy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentDetection detection;

    @Autowired
    Rollups rollups;

    ProbeDriver probes;

    @BeforeEach
    void driver() {
        probes = new ProbeDriver(mvc, fixture, tenancy);
    }

    @Test
    void aSilentProbeOpensAnOutageThatItsNextHeartbeatClosesAndPeopleAreTold() throws Exception {
        OrgNodeView school = probes.newSchool("断网小学");
        ProbeDriver.Enrolled probe = probes.enrolled(school.id());
        Instant now = Instant.now();
        probes.send(probe.credential(), batch(now, heartbeat(1, now))).andExpect(status().isOk());
        long operationsBefore = notices(fixture.a().person(Role.OPERATIONS_STAFF), school);

        detection.detect();
        assertThat(openIncidents(school, "OUTAGE")).isZero();

        // three 30-second heartbeats missed
        jdbc.sql("UPDATE network.probe SET last_received_at = ? WHERE id = ?")
                .params(Timestamp.from(now.minusSeconds(100)), probe.probeId()).update();
        detection.detect();
        detection.detect();
        assertThat(openIncidents(school, "OUTAGE")).isOne();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(notices(fixture.a().person(Role.OPERATIONS_STAFF), school)).isEqualTo(operationsBefore + 1));
        assertThat(lastNotice(fixture.a().person(Role.OPERATIONS_STAFF), school)).contains("中断");

        mvc.perform(get("/network/status").param("org", String.valueOf(fixture.a().district().id().value()))
                        .with(authentication(fixture.as(fixture.a().person(Role.OPERATIONS_STAFF)))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(school.name())));
        mvc.perform(get("/network/status/schools/" + school.id().value())
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"incidents\"")));

        probes.send(probe.credential(), batch(Instant.now(), heartbeat(2, Instant.now()))).andExpect(status().isOk());
        assertThat(openIncidents(school, "OUTAGE")).isZero();
        Map<String, Object> closed = jdbc.sql("SELECT since, until FROM network.incident WHERE school_id = ?")
                .param(school.id().value()).query().singleRow();
        Duration lasted = Duration.between(((Timestamp) closed.get("since")).toInstant(),
                ((Timestamp) closed.get("until")).toInstant());
        assertThat(lasted).isBetween(Duration.ofSeconds(99), Duration.ofSeconds(130));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(notices(fixture.a().person(Role.OPERATIONS_STAFF), school)).isEqualTo(operationsBefore + 2));
        assertThat(lastNotice(fixture.a().person(Role.OPERATIONS_STAFF), school)).contains("恢复");
    }

    @Test
    void aLineBelowItsContractForThePeriodIsDegradedUntilItMeasuresWellAgain() throws Exception {
        OrgNodeView school = probes.newSchool("慢网小学");
        ProbeDriver.Enrolled probe = probes.enrolled(school.id());
        jdbc.sql("INSERT INTO network.connectivity_version (school_id, school_path, access_type, contracted_down_mbps, "
                        + "valid_from, changed_by, changed_by_name, change_source) "
                        + "VALUES (?, ?, 'SATELLITE', 100, now(), 0, 'test', 'DEMO')")
                .params(school.id().value(), school.path().value()).update();
        Instant now = Instant.now();
        probes.send(probe.credential(), batch(now, measurement(1, now.minusSeconds(600), 12),
                measurement(2, now.minusSeconds(300), 30), measurement(3, now, 8))).andExpect(status().isOk());
        detection.detect();
        assertThat(openIncidents(school, "DEGRADATION")).isOne();
        mvc.perform(get("/network/status").with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-status=\"DEGRADED\"")));

        probes.send(probe.credential(), batch(Instant.now(), measurement(4, Instant.now(), 95)))
                .andExpect(status().isOk());
        detection.detect();
        assertThat(openIncidents(school, "DEGRADATION")).isZero();
    }

    @Test
    void rollUpsCountEachSampleOnceHoweverOftenTheyRun() throws Exception {
        OrgNodeView school = probes.newSchool("汇总小学");
        ProbeDriver.Enrolled probe = probes.enrolled(school.id());
        Instant now = Instant.now().minusSeconds(10);
        probes.send(probe.credential(), batch(now, heartbeat(1, now.minusSeconds(20)), heartbeat(2, now),
                measurement(3, now, 50), measurement(4, now, 70))).andExpect(status().isOk());
        // the job reads up to a few seconds before now, so a batch still committing is not skipped
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    rollups.roll();
                    return jdbc.sql("SELECT count(*) FROM network.line_hourly WHERE school_id = ?")
                            .param(school.id().value()).query(Long.class).single() > 0;
                });
        rollups.roll();
        Map<String, Object> hour = jdbc.sql("SELECT sum(heartbeats) AS h, sum(measurements) AS m, "
                        + "max(download_mbps) AS d FROM network.line_hourly WHERE school_id = ?")
                .param(school.id().value()).query().singleRow();
        assertThat(((Number) hour.get("h")).intValue()).isEqualTo(2);
        assertThat(((Number) hour.get("m")).intValue()).isEqualTo(2);
        assertThat(((Number) hour.get("d")).doubleValue()).isEqualTo(60.0);
        assertThat(jdbc.sql("SELECT sum(heartbeats) FROM network.line_daily WHERE school_id = ?")
                .param(school.id().value()).query(Integer.class).single()).isEqualTo(2);

        mvc.perform(get("/network/availability").with(authentication(fixture.as(fixture.a().person(Role.OPERATIONS_STAFF)))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(school.name())));
        mvc.perform(get("/network/availability").param("month", "2026-13")
                        .with(authentication(fixture.as(fixture.a().person(Role.OPERATIONS_STAFF)))))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void teachersAndVendorsDoNotSeeTheWall() throws Exception {
        for (Role role : List.of(Role.TEACHER, Role.VENDOR, Role.STUDENT)) {
            mvc.perform(get("/network/status").with(authentication(fixture.as(fixture.a().person(role)))))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString(fixture.a().school().name()))));
        }
    }

    @Test
    void partitionsAreKeptAheadAndDroppedPastRetention() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS network.heartbeat_p20000101 PARTITION OF network.heartbeat "
                + "FOR VALUES FROM ('2000-01-01 00:00:00+00') TO ('2000-01-02 00:00:00+00')").update();
        maintainPartitions();
        List<String> partitions = jdbc.sql("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                + "WHERE i.inhparent = 'network.heartbeat'::regclass").query(String.class).list();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String ahead = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3)
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(partitions).contains("heartbeat_p" + today, "heartbeat_p" + ahead)
                .doesNotContain("heartbeat_p20000101");
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    private void maintainPartitions() {
        context.getBeansOfType(org.springframework.boot.ApplicationRunner.class).values().stream()
                .filter(r -> org.springframework.aop.support.AopUtils.getTargetClass(r).getSimpleName()
                        .equals("SamplePartitions"))
                .forEach(r -> {
                    try {
                        r.run(null);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }

    private long openIncidents(OrgNodeView school, String kind) {
        return jdbc.sql("SELECT count(*) FROM network.incident WHERE school_id = ? AND kind = ? AND until IS NULL")
                .params(school.id().value(), kind).query(Long.class).single();
    }

    /** Notices about this school (other tests' probes in the district fall silent too). */
    private long notices(org.educloud.shared.UserId account, OrgNodeView school) {
        return jdbc.sql("SELECT count(*) FROM learning.notification WHERE recipient = ? AND kind = 'SCHOOL_NETWORK' "
                        + "AND position(? IN subject) > 0")
                .params(account.value(), school.name()).query(Long.class).single();
    }

    private String lastNotice(org.educloud.shared.UserId account, OrgNodeView school) {
        return jdbc.sql("SELECT subject FROM learning.notification WHERE recipient = ? AND kind = 'SCHOOL_NETWORK' "
                        + "AND position(? IN subject) > 0 ORDER BY id DESC LIMIT 1")
                .params(account.value(), school.name()).query(String.class).single();
    }
}
