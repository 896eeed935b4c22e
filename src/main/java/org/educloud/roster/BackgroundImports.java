package org.educloud.roster;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs an import after its upload has been answered, so the page can show progress: the run is recorded as
 * RUNNING at once, the import itself runs in its own transaction on a background thread (at most two at a time
 * per node), and the uploaded file is deleted when it ends. A run left RUNNING by a node that stopped is marked
 * FAILED at the next start, after an hour.
 */
@Component
class BackgroundImports implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundImports.class);

    private final ImportRunRepository runs;
    private final TransactionTemplate work;
    private final TransactionTemplate separately;
    private final JsonMapper json;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore slots = new Semaphore(2);

    BackgroundImports(ImportRunRepository runs, PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
        this.runs = runs;
        this.work = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.clock = clock;
    }

    /** Records the run, starts the import and returns the run's id; the import owns {@code file} from now on. */
    long start(Scope scope, OrgNodeView school, String kind, Path file, String fileName, Supplier<ImportRunView> importer) {
        Long runId = separately.execute(status -> runs.save(new ImportRun(school.id(), school.path(), kind, fileName,
                ImportOutcome.RUNNING, 0, 0, 0, "[]", scope.userId(), clock.instant())).id());
        executor.submit(() -> {
            try {
                slots.acquire();
                ImportRunRecorder.workingFor(runId);
                work.execute(status -> importer.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(runId);
            } catch (RuntimeException e) {
                LOG.error("Import run {} failed", runId, e);
                fail(runId);
            } finally {
                ImportRunRecorder.workingFor(null);
                slots.release();
                delete(file);
            }
        });
        return runId;
    }

    private void fail(long runId) {
        separately.executeWithoutResult(status -> runs.findById(runId).ifPresent(run -> run.finish(ImportOutcome.FAILED,
                0, 0, 0, json.writeValueAsString(List.of(ImportProblem.ofFile("roster.import.error.failed"))),
                clock.instant())));
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer failed = separately.execute(status -> runs.failRunningSince(clock.instant().minus(Duration.ofHours(1))));
        if (failed != null && failed > 0) {
            LOG.warn("Marked {} import runs left RUNNING by a stopped node as FAILED", failed);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the uploaded file {}", file, e);
        }
    }
}
