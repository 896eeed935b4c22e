package org.educloud.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.educloud.network.ProbeDriver.batch;
import static org.educloud.network.ProbeDriver.heartbeat;
import static org.educloud.network.ProbeDriver.heartbeats;
import static org.educloud.network.ProbeDriver.measurement;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The probe API's rules (issue 29, "Bad input and rules"): enrolment codes work once, credentials travel in the
 * header and a forged or revoked one is refused, a probe of a closed school is refused, replays are dropped, the
 * receive time rules the samples' times, oversized and malformed batches are refused whole with problem details,
 * and the throughput test is bounded and rate-limited.
 */
@EduCloudTest
class ProbeApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    TenancyManagement tenancy;

    @Autowired
    JdbcClient jdbc;

    ProbeDriver probes;

    @BeforeEach
    void driver() {
        probes = new ProbeDriver(mvc, fixture, tenancy);
    }

    @Test
    void anEnrolmentCodeWorksOnceAndNotAfterItExpires() throws Exception {
        OrgNodeView school = probes.newSchool("一次注册码小学");
        String code = probes.issueCode(school.id());
        probes.enrol(code.toLowerCase()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.credential").value(org.hamcrest.Matchers.startsWith("ecprobe_")))
                .andExpect(jsonPath("$.schoolId").value(school.id().value()));
        probes.enrol(code).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        String expiring = probes.issueCode(school.id());
        jdbc.sql("UPDATE network.probe_enrolment_code SET expires_at = now() - interval '1 minute' "
                + "WHERE school_id = ? AND used_at IS NULL").param(school.id().value()).update();
        probes.enrol(expiring).andExpect(status().isUnauthorized());
        probes.enrol("").andExpect(status().isUnprocessableContent());
    }

    @Test
    void enrollingAgainRetiresTheEarlierProbe() throws Exception {
        OrgNodeView school = probes.newSchool("换探针小学");
        ProbeDriver.Enrolled first = probes.enrolled(school.id());
        ProbeDriver.Enrolled second = probes.enrolled(school.id());
        Instant now = Instant.now();
        probes.send(first.credential(), batch(now, heartbeat(1, now))).andExpect(status().isUnauthorized());
        probes.send(second.credential(), batch(now, heartbeat(1, now))).andExpect(status().isOk());
    }

    @Test
    void forgedCredentialsAndPeoplesTokensAreRefused() throws Exception {
        Instant now = Instant.now();
        probes.send("ecprobe_forgedforgedforgedforgedforgedforged1", batch(now, heartbeat(1, now)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://educloud.org/problems/unauthorized"));
        mvc.perform(post("/api/v1/probe/samples").contentType(MediaType.APPLICATION_JSON)
                        .content(batch(now, heartbeat(1, now))))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/probe/samples").contentType(MediaType.APPLICATION_JSON)
                        .content(batch(now, heartbeat(1, now)))
                        .with(authentication(fixture.asTokenHolder(fixture.a().person(Role.SCHOOL_ADMIN)))))
                .andExpect(status().isUnauthorized());
        // a credential in the URL is not a credential
        mvc.perform(get("/api/v1/probe/ping").param("access_token", "ecprobe_x")).andExpect(status().isUnauthorized());
    }

    @Test
    void aRevokedProbeIsRefused() throws Exception {
        OrgNodeView school = probes.newSchool("停用探针小学");
        ProbeDriver.Enrolled probe = probes.enrolled(school.id());
        mvc.perform(post("/network/schools/" + school.id().value() + "/probe/" + probe.probeId() + "/revoke")
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN))))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        Instant now = Instant.now();
        probes.send(probe.credential(), batch(now, heartbeat(1, now))).andExpect(status().isUnauthorized());
    }

    @Test
    void aProbeOfAClosedSchoolIsRefused() throws Exception {
        OrgNodeView school = probes.newSchool("撤销学校小学");
        ProbeDriver.Enrolled probe = probes.enrolled(school.id());
        String code = probes.issueCode(school.id());
        tenancy.close(Scope.installation(), school.id());
        Instant now = Instant.now();
        probes.send(probe.credential(), batch(now, heartbeat(1, now))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://educloud.org/problems/school-closed"));
        probes.enrol(code).andExpect(status().isForbidden());
    }

    @Test
    void aReplayedBatchIsDroppedAsDuplicates() throws Exception {
        ProbeDriver.Enrolled probe = probes.enrolled(probes.newSchool("重放小学").id());
        Instant now = Instant.now();
        String sent = batch(now, heartbeat(1, now.minusSeconds(60)), measurement(2, now.minusSeconds(30), 80),
                heartbeat(3, now));
        probes.send(probe.credential(), sent).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(3)).andExpect(jsonPath("$.lastSequence").value(3));
        probes.send(probe.credential(), sent).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(0)).andExpect(jsonPath("$.duplicates").value(3));
        // a batch overlapping what was delivered keeps only what is new
        probes.send(probe.credential(), batch(now, heartbeat(3, now), heartbeat(4, now.plusSeconds(1))))
                .andExpect(jsonPath("$.accepted").value(1)).andExpect(jsonPath("$.duplicates").value(1));
        assertThat(count("heartbeat", probe.probeId())).isEqualTo(3);
        assertThat(count("measurement", probe.probeId())).isEqualTo(1);
    }

    @Test
    void theReceiveTimeRulesSampleTimes() throws Exception {
        ProbeDriver.Enrolled probe = probes.enrolled(probes.newSchool("时钟小学").id());
        Instant now = Instant.now();
        // a sample a year ahead of a correct clock is set to the receive time; one older than the backlog is stale
        probes.send(probe.credential(), batch(now, heartbeat(1, now.plus(365, ChronoUnit.DAYS)),
                        heartbeat(2, now.minus(30, ChronoUnit.DAYS)), heartbeat(3, now)))
                .andExpect(jsonPath("$.accepted").value(2)).andExpect(jsonPath("$.stale").value(1))
                .andExpect(jsonPath("$.ruled").value(1));
        Instant ahead = jdbc.sql("SELECT at FROM network.heartbeat WHERE probe_id = ? AND sequence = 1")
                .param(probe.probeId()).query(java.sql.Timestamp.class).single().toInstant();
        assertThat(ahead).isBetween(now.minusSeconds(5), Instant.now().plusSeconds(1));
        assertThat(ruling(probe.probeId(), 1)).isEqualTo("AHEAD");

        // a probe whose clock runs two hours slow: its samples are shifted by the difference, spacing kept
        Instant slowClock = Instant.now().minus(Duration.ofHours(2));
        probes.send(probe.credential(), batch(slowClock, heartbeat(4, slowClock.minusSeconds(60)),
                heartbeat(5, slowClock))).andExpect(jsonPath("$.ruled").value(2));
        Instant fourth = at(probe.probeId(), 4);
        Instant fifth = at(probe.probeId(), 5);
        assertThat(Duration.between(fourth, fifth).toSeconds()).isEqualTo(60);
        assertThat(fifth).isBetween(Instant.now().minusSeconds(10), Instant.now().plusSeconds(1));
        assertThat(ruling(probe.probeId(), 5)).isEqualTo("SKEWED");
    }

    @Test
    void oversizedBatchesAreRefusedWhole() throws Exception {
        ProbeDriver.Enrolled probe = probes.enrolled(probes.newSchool("大批次小学").id());
        probes.send(probe.credential(), heartbeats(1, 501, Instant.now()))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("500")));
        String padded = batch(Instant.now(), heartbeat(1, Instant.now())).replace("\"samples\"",
                "\"padding\":\"" + "x".repeat(300_000) + "\",\"samples\"");
        probes.send(probe.credential(), padded).andExpect(status().isContentTooLarge());
        assertThat(count("heartbeat", probe.probeId())).isZero();
    }

    @Test
    void malformedMeasurementsAreRefusedWithProblemDetailsAndNothingIsStored() throws Exception {
        ProbeDriver.Enrolled probe = probes.enrolled(probes.newSchool("坏数据小学").id());
        Instant now = Instant.now();
        List<String> malformed = new ArrayList<>(List.of(
                "{not json",
                "{\"samples\":\"many\"}",
                "{\"sentAt\":\"" + now + "\"}",
                batch(now, heartbeat(1, now), "{\"sequence\":2,\"kind\":\"MEASUREMENT\",\"at\":\"" + now
                        + "\",\"loss\":1.5}"),
                batch(now, heartbeat(1, now), "{\"sequence\":2,\"kind\":\"MEASUREMENT\",\"at\":\"" + now
                        + "\",\"loss\":0,\"downloadMbps\":-3}"),
                batch(now, "{\"sequence\":1,\"kind\":\"MEASUREMENT\",\"at\":\"" + now + "\"}"),
                batch(now, "{\"kind\":\"HEARTBEAT\",\"at\":\"" + now + "\"}"),
                batch(now, "{\"sequence\":1,\"kind\":\"SMOKE_SIGNAL\",\"at\":\"" + now + "\"}"),
                batch(now, "{\"sequence\":1,\"kind\":\"HEARTBEAT\",\"at\":\"yesterday\"}"),
                batch(now, heartbeat(2, now), heartbeat(1, now))));
        for (String body : malformed) {
            probes.send(probe.credential(), body).andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
        assertThat(count("heartbeat", probe.probeId()) + count("measurement", probe.probeId())).isZero();
        assertThat(jdbc.sql("SELECT last_sequence FROM network.probe WHERE id = ?").param(probe.probeId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theThroughputTestIsBoundedAndRateLimitedPerProbe() throws Exception {
        ProbeDriver.Enrolled probe = probes.enrolled(probes.newSchool("测速小学").id());
        String bearer = "Bearer " + probe.credential();
        mvc.perform(get("/api/v1/probe/ping").header("Authorization", bearer)).andExpect(status().isNoContent());
        byte[] body = mvc.perform(get("/api/v1/probe/throughput").param("bytes", "100000")
                        .header("Authorization", bearer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(body).hasSize(100_000);
        mvc.perform(get("/api/v1/probe/throughput").param("bytes", "999999999").header("Authorization", bearer))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/probe/throughput").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[50_000]))
                .andExpect(status().isOk()).andExpect(jsonPath("$.bytes").value(50_000));
        int status = 200;
        for (int i = 0; i < 60 && status == 200; i++) {
            status = mvc.perform(get("/api/v1/probe/throughput").param("bytes", "10").header("Authorization", bearer))
                    .andReturn().getResponse().getStatus();
        }
        assertThat(status).isEqualTo(429);
    }

    private long count(String table, long probeId) {
        return jdbc.sql("SELECT count(*) FROM network." + table + " WHERE probe_id = ?").param(probeId)
                .query(Long.class).single();
    }

    private Instant at(long probeId, long sequence) {
        return jdbc.sql("SELECT at FROM network.heartbeat WHERE probe_id = ? AND sequence = ?")
                .params(probeId, sequence).query(java.sql.Timestamp.class).single().toInstant();
    }

    private String ruling(long probeId, long sequence) {
        return jdbc.sql("SELECT time_ruling FROM network.heartbeat WHERE probe_id = ? AND sequence = ?")
                .params(probeId, sequence).query(String.class).single();
    }
}
