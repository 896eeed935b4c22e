package org.educloud.roster.imports;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.educloud.roster.ImportKind;
import org.educloud.roster.ImportOutcome;
import org.educloud.roster.ImportRunView;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.tenancy.OrgNodeView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs an import after its upload has been answered, so the page can show progress: the run is recorded as
 * RUNNING at once, the import itself runs in its own transaction on a background thread (at most two at a time
 * per node), and the uploaded file is deleted when it ends.
 * <p>
 * A run whose node died (killed, out of memory, power cut) would stay RUNNING forever, and the nodes sharing the
 * database cannot tell from a start time whether a long run is still being worked on. So each run records the
 * instance that runs it, and that instance renews the run's heartbeat every {@link #HEARTBEAT} (on a thread of its
 * own, so that no other scheduled job can delay it) for as long as the run is queued or working. A run whose
 * heartbeat is older than {@link #DEAD_AFTER} belongs to an instance that is gone: it is marked FAILED when any
 * node starts, and by every node's sweep after each heartbeat. Comparing with the database's clock, never a
 * node's, keeps nodes with skewed clocks from failing each other's runs; a node's name alone could not tell a
 * dead instance from a living one on the same host. Nothing of a failed run was written: the import's own
 * transaction rolled back with its node.
 */
@Component
public class BackgroundImports implements ApplicationRunner {

    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    static final Duration DEAD_AFTER = Duration.ofMinutes(5);
    /** How long a run without a heartbeat may stay RUNNING, as the version before heartbeats had it. */
    static final Duration LEGACY_DEAD_AFTER = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundImports.class);

    private final ImportRunRepository runs;
    private final ImportRunRecorder recorder;
    private final JdbcClient jdbc;
    private final TransactionTemplate work;
    private final TransactionTemplate separately;
    private final JsonMapper json;
    private final Clock clock;
    private final String instance = instanceName();
    private final Set<Long> working = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "import-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore slots = new Semaphore(2);

    BackgroundImports(ImportRunRepository runs, ImportRunRecorder recorder, JdbcClient jdbc,
                      PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
        this.runs = runs;
        this.recorder = recorder;
        this.jdbc = jdbc;
        this.work = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records the run, starts the import and returns the run's id; the import owns {@code file} from now on and
     * is handed the running run it reports to and ends.
     */
    public long start(Scope scope, OrgNodeView school, ImportKind kind, Path file, String fileName,
               Function<RunningImport, ImportRunView> importer) {
        Long runId = separately.execute(status -> {
            long id = runs.save(new ImportRun(school.id(), school.path(), kind, fileName, ImportOutcome.RUNNING, 0, 0,
                    0, "[]", scope.userId(), clock.instant()).runningOn(instance, clock.instant())).id();
            beat(List.of(id));
            return id;
        });
        working.add(runId);
        RunningImport running = recorder.resume(runId, scope, school, kind, fileName);
        executor.submit(() -> {
            try {
                slots.acquire();
                work.execute(status -> importer.apply(running));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.fail("roster.import.error.failed");
            } catch (RuntimeException | Error e) {
                // Errors too (a stack overflow, memory): the run must not stay RUNNING while this node lives on.
                LOG.error("Import run {} failed", runId, e);
                running.fail("roster.import.error.failed");
            } finally {
                working.remove(runId);
                slots.release();
                delete(file);
            }
        });
        return runId;
    }

    /** At start: fails the runs of instances that are gone, then keeps this instance's runs alive. */
    @Override
    public void run(ApplicationArguments args) {
        failDeadRuns();
        heartbeat.scheduleWithFixedDelay(this::beatAndSweep, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(),
                TimeUnit.SECONDS);
    }

    /**
     * Marks FAILED every RUNNING run whose heartbeat stopped {@link #DEAD_AFTER} ago; how many it marked.
     * <p>
     * Only runs that name the instance running them ({@code run_on}) have a heartbeat. A run without one was started
     * by a node of the version before (during a rolling upgrade such a node may still be importing, and never renews
     * a heartbeat it does not know of), or was left RUNNING before the upgrade: it keeps that version's rule, FAILED
     * once it has been running for {@link #LEGACY_DEAD_AFTER}. That version applied the rule only when a node
     * started; it is applied by the sweep too, so that a run of an old node that died during the upgrade does not wait
     * for the next start.
     */
    public int failDeadRuns() {
        String problems = json.writeValueAsString(List.of(ImportProblem.ofFile("roster.import.error.nodeStopped")));
        Integer failed = separately.execute(status -> jdbc.sql("""
                        UPDATE roster.import_run SET outcome = 'FAILED', problems = :problems, run_at = now()
                        WHERE outcome = 'RUNNING'
                          AND (run_on IS NOT NULL
                                   AND coalesce(heartbeat_at, run_at) < now() - make_interval(secs => :dead)
                               OR run_on IS NULL AND run_at < now() - make_interval(secs => :legacyDead))""")
                .param("problems", problems).param("dead", DEAD_AFTER.toSeconds())
                .param("legacyDead", LEGACY_DEAD_AFTER.toSeconds()).update());
        if (failed != null && failed > 0) {
            LOG.warn("Marked {} import runs FAILED: the instance running them stopped renewing their heartbeat",
                    failed);
        }
        return failed == null ? 0 : failed;
    }

    private void beatAndSweep() {
        try {
            List<Long> ids = List.copyOf(working);
            if (!ids.isEmpty()) {
                separately.executeWithoutResult(status -> beat(ids));
            }
            failDeadRuns();
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next beat comes well before any run counts as dead
            LOG.warn("Could not renew the heartbeat of import runs {}", working, e);
        }
    }

    private void beat(List<Long> ids) {
        jdbc.sql("UPDATE roster.import_run SET heartbeat_at = now() WHERE outcome = 'RUNNING' AND id IN (:ids)")
                .param("ids", ids).update();
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        executor.shutdown();
    }

    /** Host, process and start time: unique among the instances sharing a database, and readable when needed. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/"
                + ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the uploaded file {}", file, e);
        }
    }
}
