package org.educloud.roster.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.educloud.roster.ImportKind;
import org.educloud.roster.ImportOutcome;
import org.educloud.roster.ImportRunView;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** What every kind of import shares: the header check, and recording how a run ended. */
@Component
public class ImportRunRecorder {

    static final int MAX_ROWS = 200_000;
    public static final int MAX_PROBLEMS = 1_000;

    private final ImportRunRepository runs;
    private final ImportLimits limits;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    private final org.springframework.transaction.support.TransactionTemplate progressWriter;

    ImportRunRecorder(ImportRunRepository runs, ImportLimits limits, ApplicationEventPublisher events, JsonMapper json,
                      Clock clock, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.limits = limits;
        this.progressWriter = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.progressWriter.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.runs = runs;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** How the first pass over a file ended: rows read, and whether the file as a whole was refused. */
    record FirstPass(int rows, boolean fileRefused) {
    }

    /**
     * The first pass every import shares: checks the header, then hands each non-blank row to {@code check},
     * reporting progress every 1 000 rows. Beyond {@code maxRows} the file is refused; once enough problems are
     * found, rows are still counted but no longer checked. A file that cannot be read as a table, has the wrong
     * header or passes one of the {@link ImportLimits} is refused with one problem: the file's, or the row's where
     * reading stopped.
     */
    FirstPass readRows(RunningImport running, java.nio.file.Path file, List<String> headers, int maxRows, List<ImportProblem> problems,
                       java.util.function.Consumer<TabularFile.SourceRow> check) {
        int rows = 0;
        try (TabularFile table = TabularFile.open(file, limits)) {
            Iterator<TabularFile.SourceRow> it = table.rows();
            if (!header(it, headers, problems)) {
                return new FirstPass(0, true);
            }
            while (it.hasNext()) {
                TabularFile.SourceRow row = it.next();
                if (row.blank()) {
                    continue;
                }
                if (++rows > maxRows) {
                    problems.add(ImportProblem.ofFile("roster.import.error.tooManyRows", String.valueOf(maxRows)));
                    break;
                }
                if (rows % 1000 == 0) {
                    running.progress(rows);
                }
                if (problems.size() < MAX_PROBLEMS) {
                    check.accept(row);
                }
            }
        } catch (TabularFile.Unreadable e) {
            problems.add(e.problem());
            return new FirstPass(rows, true);
        } catch (TabularFile.Refused e) {
            problems.add(e.problem());
            return new FirstPass(rows, true);
        } catch (java.io.IOException | RuntimeException e) {
            problems.add(ImportProblem.ofFile("roster.import.error.malformed"));
            return new FirstPass(rows, true);
        }
        if (rows == 0 && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile("roster.import.error.noRows"));
        }
        return new FirstPass(rows, false);
    }

    /** Opens the file again for the second pass, within the same limits. */
    TabularFile reopen(java.nio.file.Path file) throws TabularFile.Unreadable {
        return TabularFile.open(file, limits);
    }

    /** Reads the header row; false (with the problem noted) unless it is exactly the expected headers in order. */
    static boolean header(Iterator<TabularFile.SourceRow> rows, List<String> expected, List<ImportProblem> problems) {
        if (!rows.hasNext()) {
            problems.add(ImportProblem.ofFile("roster.import.error.empty"));
            return false;
        }
        TabularFile.SourceRow header = rows.next();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), header.cells().size()); i++) {
            String cell = header.cell(i);
            if (!cell.isEmpty() || i < expected.size()) {
                found.add(cell);
            }
        }
        if (!found.equals(expected)) {
            problems.add(new ImportProblem(header.number(), null, String.join(",", found), "roster.import.error.header",
                    List.of(String.join(",", expected))));
            return false;
        }
        return true;
    }

    /** A run in the caller's thread and transaction: its row is written when it ends. */
    public RunningImport start(Scope scope, OrgNodeView school, ImportKind kind, String fileName) {
        return new RunningImport(this, scope, school, kind, fileName, null);
    }

    /** A run queued in the background, whose RUNNING row {@code runId} was written when it was queued. */
    RunningImport resume(long runId, Scope scope, OrgNodeView school, ImportKind kind, String fileName) {
        return new RunningImport(this, scope, school, kind, fileName, runId);
    }

    ImportRunView rejected(RunningImport running, int rows, List<ImportProblem> problems) {
        return rejected(running, rows, problems, java.util.Comparator.comparingLong(ImportProblem::row));
    }

    /** As above, the problems in the given order (a set of several files: by file, then row). */
    ImportRunView rejected(RunningImport running, int rows, List<ImportProblem> problems,
                           java.util.Comparator<ImportProblem> order) {
        List<ImportProblem> kept = new ArrayList<>(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
        kept.sort(order);
        ImportRun run = record(running, ImportOutcome.REJECTED, rows, 0, 0,
                json.writeValueAsString(kept));
        return run.view(kept);
    }

    /** An applied run with what it passed over or changed on its way in (at most as many as problems are kept). */
    ImportRunView applied(RunningImport running, int rows, int created, int updated, List<ImportProblem> warnings) {
        ImportRun run = record(running, ImportOutcome.APPLIED, rows, created, updated, "[]");
        List<ImportProblem> kept = List.copyOf(warnings.size() > MAX_PROBLEMS ? warnings.subList(0, MAX_PROBLEMS)
                : warnings);
        run.warnings(json.writeValueAsString(kept));
        events.publishEvent(new AuditableActionOccurred(running.scope().userId(),
                "roster.import." + running.kind().segment(), running.fileName(), running.school().path(), created + " created, " + updated + " updated"
                        + (kept.isEmpty() ? "" : ", " + warnings.size() + " warnings")));
        return run.view(List.of(), kept);
    }

    /** Tells the page how far a background run has read, in a transaction of its own so the page sees it. */
    void progress(long runId, int rows) {
        progressWriter.executeWithoutResult(status -> runs.progress(runId, rows));
    }

    /** Marks a background run FAILED with one problem, in a transaction of its own (the import's rolled back). */
    void fail(long runId, String messageKey) {
        progressWriter.executeWithoutResult(status -> runs.findById(runId).ifPresent(run -> run.finish(
                ImportOutcome.FAILED, 0, 0, 0, json.writeValueAsString(List.of(ImportProblem.ofFile(messageKey))),
                clock.instant())));
    }

    private ImportRun record(RunningImport running, ImportOutcome outcome, int rows, int created, int updated,
                             String problems) {
        Long current = running.recordedId();
        if (current != null) {
            ImportRun run = runs.findById(current).orElseThrow();
            run.finish(outcome, rows, created, updated, problems, clock.instant());
            return run;
        }
        return runs.save(new ImportRun(running.school().id(), running.school().path(), running.kind(),
                running.fileName(), outcome, rows, created, updated, problems, running.scope().userId(),
                clock.instant()));
    }
}
