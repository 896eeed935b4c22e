package org.educloud.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.educloud.network.incidents.IncidentDetection;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The probe shipped in {@code probe/} runs as a real process (this JVM's own {@code java}) against the application
 * on a loopback port: it enrols with a one-time code and reports; stopping it makes an outage; running it while the
 * platform is unreachable (a dead port) fills its queue on disk; pointing it back closes the outage and delivers the
 * backlog; delivering the same backlog again stores nothing twice; revoking it stops it.
 */
@EduCloudTest
class ProbeProcessTest {

    /** Files the test hands to the import; removed after each test. */
    @TempDir
    Path temp;

    private static final Path PROGRAM = Path.of("probe", "EduCloudProbe.java");

    @LocalServerPort
    int port;

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

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopProbes() throws InterruptedException {
        // waited for, so that the probe no longer writes into the state directory when it is removed
        for (Process probe : started) {
            probe.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theProbeReportsBuffersWhileTheLineIsDownAndDeliversTheBacklogOnce() throws Exception {
        ProbeDriver driver = new ProbeDriver(mvc, fixture, tenancy);
        OrgNodeView school = driver.newSchool("真探针小学");
        String code = driver.issueCode(school.id());
        Path state = Files.createDirectory(temp.resolve("educloud-probe"));
        Path queue = state.resolve("queue");

        Process probe = start("http://127.0.0.1:" + port, state, "--enrol", code);
        Awaitility.await().atMost(Duration.ofSeconds(40)).until(() -> heartbeats(school) >= 3
                && measurements(school) >= 1);
        long probeId = jdbc.sql("SELECT id FROM network.probe WHERE school_id = ? AND revoked_at IS NULL")
                .param(school.id().value()).query(Long.class).single();
        assertThat(Files.readString(state.resolve("credential"))).startsWith("ecprobe_");

        stop(probe);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
            detection.detect();
            return openOutages(school) == 1;
        });

        // the line is down: the probe runs but cannot reach the platform, so its samples wait on disk
        Process offline = start("http://127.0.0.1:" + deadPort(), state);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> queued(queue).size() >= 4);
        stop(offline);
        List<Path> backlog = queued(queue);
        Path copy = Files.createDirectories(state.resolve("copy"));
        for (Path sample : backlog) {
            Files.copy(sample, copy.resolve(sample.getFileName()));
        }
        long lastBefore = lastSequence(probeId);

        Process back = start("http://127.0.0.1:" + port, state);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> openOutages(school) == 0
                && lastSequence(probeId) >= lastBefore + backlog.size()
                // the probe removes a sample from its queue once the platform answered: wait for that too
                && backlog.stream().noneMatch(Files::exists));
        stop(back);
        for (Path sample : backlog) {
            long sequence = Long.parseLong(sample.getFileName().toString().replace(".json", ""));
            assertThat(stored(probeId, sequence)).as("sample %d of the backlog", sequence).isEqualTo(1);
        }
        assertThat(jdbc.sql("SELECT until - since > interval '3 seconds' FROM network.incident WHERE school_id = ?")
                .param(school.id().value()).query(Boolean.class).single()).isTrue();

        // the answers to the backlog were lost (say): the same samples come again and are dropped as duplicates
        for (Path sample : backlog) {
            Files.copy(copy.resolve(sample.getFileName()), queue.resolve(sample.getFileName()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        long rowsBefore = heartbeats(school) + measurements(school);
        Process again = start("http://127.0.0.1:" + port, state);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> backlog.stream().noneMatch(Files::exists));
        for (Path sample : backlog) {
            long sequence = Long.parseLong(sample.getFileName().toString().replace(".json", ""));
            assertThat(stored(probeId, sequence)).as("redelivered sample %d", sequence).isEqualTo(1);
        }
        assertThat(heartbeats(school) + measurements(school)).isGreaterThanOrEqualTo(rowsBefore);

        // revoked: the platform answers 401 and the probe stops by itself
        mvc.perform(post("/network/schools/" + school.id().value() + "/probe/" + probeId + "/revoke")
                .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))).with(csrf()));
        assertThat(again.waitFor(15, TimeUnit.SECONDS)).as("probe stopped after revocation").isTrue();
        assertThat(again.exitValue()).isEqualTo(3);
    }

    private Process start(String platform, Path state, String... more) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, PROGRAM.toString(), "--platform", platform,
                "--state-dir", state.toString(), "--heartbeat-seconds", "1", "--measure-seconds", "3",
                "--download-bytes", "200000", "--upload-bytes", "100000", "--pings", "2", "--timeout-seconds", "2"));
        command.addAll(List.of(more));
        Path log = Files.createDirectories(Path.of("target", "probe-process")).resolve("probe-" + System.nanoTime()
                + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(process);
        return process;
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A loopback port nothing listens on: connecting is refused at once, as a dead line would fail. */
    private static int deadPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<Path> queued(Path queue) throws IOException {
        try (Stream<Path> files = Files.list(queue)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private long heartbeats(OrgNodeView school) {
        return jdbc.sql("SELECT count(*) FROM network.heartbeat WHERE school_id = ?").param(school.id().value())
                .query(Long.class).single();
    }

    private long measurements(OrgNodeView school) {
        return jdbc.sql("SELECT count(*) FROM network.measurement WHERE school_id = ?").param(school.id().value())
                .query(Long.class).single();
    }

    private long openOutages(OrgNodeView school) {
        return jdbc.sql("SELECT count(*) FROM network.incident WHERE school_id = ? AND kind = 'OUTAGE' "
                + "AND until IS NULL").param(school.id().value()).query(Long.class).single();
    }

    private long lastSequence(long probeId) {
        return jdbc.sql("SELECT last_sequence FROM network.probe WHERE id = ?").param(probeId).query(Long.class)
                .single();
    }

    private long stored(long probeId, long sequence) {
        return jdbc.sql("SELECT (SELECT count(*) FROM network.heartbeat WHERE probe_id = ? AND sequence = ?) "
                        + "+ (SELECT count(*) FROM network.measurement WHERE probe_id = ? AND sequence = ?)")
                .params(probeId, sequence, probeId, sequence).query(Long.class).single();
    }
}
