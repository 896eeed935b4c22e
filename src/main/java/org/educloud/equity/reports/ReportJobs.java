package org.educloud.equity.reports;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.educloud.equity.BalanceReport;
import org.educloud.equity.ComputingBalance;
import org.educloud.equity.EquityReach;
import org.educloud.equity.settings.EquityProperties;
import org.educloud.shared.DomainException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Builds export jobs on background threads, a configurable few at a time per node (a build keeps a core busy).
 * Each step (a district's stage computed, a district written) is recorded as it is done, which is both the
 * progress the page shows and the sign the job is alive: a job not heard of for ten minutes belonged to a node that
 * stopped and is marked interrupted, so nobody waits for it forever. The file is stored with the DONE status in
 * one statement; a failed build stores nothing.
 */
@Component
class ReportJobs implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ReportJobs.class);
    private static final Duration SILENCE = Duration.ofMinutes(10);
    private static final long WAIT_SECONDS = 30;

    private final ReportExportStore store;
    private final ComputingBalance balance;
    private final EquityReach reach;
    private final ReportFont fonts;
    private final MessageSource messages;
    private final EquityProperties properties;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore workers;

    ReportJobs(ReportExportStore store, ComputingBalance balance, EquityReach reach, ReportFont fonts,
               MessageSource messages, EquityProperties properties, Clock clock) {
        this.store = store;
        this.balance = balance;
        this.reach = reach;
        this.fonts = fonts;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
        this.workers = new Semaphore(Math.max(1, properties.exportWorkers()));
    }

    /** Starts the job once the transaction that queued it has committed (at once when there is none). */
    void startAfterCommit(long id, Scope scope, OrgNodeView node) {
        Runnable start = () -> executor.submit(() -> build(id, scope, node));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    start.run();
                }
            });
        } else {
            start.run();
        }
    }

    private void build(long id, Scope scope, OrgNodeView node) {
        try {
            while (!workers.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                store.stillWaiting(id, clock.instant());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            store.fail(id, "equity.export.interrupted", clock.instant());
            return;
        }
        try {
            store.find(id).ifPresent(job -> build(job, scope, node));
        } catch (DomainException e) {
            store.fail(id, e.messageKey(), clock.instant());
        } catch (RuntimeException e) {
            LOG.error("Export {} failed", id, e);
            store.fail(id, "equity.export.failed", clock.instant());
        } finally {
            workers.release();
        }
    }

    private void build(ReportExportStore.Job job, Scope scope, OrgNodeView node) {
        ReportExportView view = job.view();
        List<OrgNodeView> districts = node.kind() == OrgKind.DISTRICT ? List.of(node)
                : reach.districts(scope).stream().filter(d -> node.path().contains(d.path())).toList();
        int steps = districts.size() * 3 + 1;
        if (!store.claim(view.id(), steps, clock.instant())) {
            return;
        }
        int[] done = {0};
        Runnable step = () -> store.progress(view.id(), ++done[0], clock.instant());
        List<CountyReport.Section> sections = new ArrayList<>();
        for (OrgNodeView district : districts) {
            BalanceReport primary = balance.report(scope, district.id(), view.schoolYear(), Stage.PRIMARY);
            step.run();
            BalanceReport junior = balance.report(scope, district.id(), view.schoolYear(), Stage.JUNIOR);
            step.run();
            sections.add(new CountyReport.Section(district.name(), primary, junior));
        }
        CountyReport report = new CountyReport(node.name(), view.schoolYear(), view.requestedByName(),
                clock.instant(), sections);
        ReportText text = new ReportText(messages, Locale.forLanguageTag(job.language()), clock.getZone());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (view.format() == ReportFormat.PDF) {
                new BalancePdf(text, fonts, properties.teachingPointMinimumStudents()).write(report, job.language(), step,
                        out);
            } else {
                new BalanceWorkbook(text).write(report, out);
                sections.forEach(s -> step.run());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String fileName = fileName(text.get("equity.export.fileName", node.name(), view.schoolYear()))
                + "." + view.format().extension();
        store.finish(view.id(), fileName, out.toByteArray(), clock.instant());
    }

    /** A name any file system takes: no separators, controls or reserved characters. */
    static String fileName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return safe.length() > 150 ? safe.substring(0, 150) : safe;
    }

    /** Marks jobs of stopped nodes interrupted and drops files past their keeping time. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void sweep() {
        int abandoned = store.failAbandoned(clock.instant().minus(SILENCE), clock.instant());
        if (abandoned > 0) {
            LOG.warn("Marked {} export jobs of a stopped node as interrupted", abandoned);
        }
        store.dropFilesFinishedBefore(clock.instant().minus(Duration.ofDays(properties.exportKeptDays())));
    }

    @Override
    public void run(ApplicationArguments args) {
        sweep();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
