package org.educloud.roster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
class ImportRunRecorder {

    static final int MAX_ROWS = 200_000;
    static final int MAX_PROBLEMS = 1_000;

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
    FirstPass readRows(java.nio.file.Path file, List<String> headers, int maxRows, List<ImportProblem> problems,
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
                    progress(rows);
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

    /** The background run this thread is working for, if any: its row is finished instead of a new one written. */
    private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

    static void workingFor(Long runId) {
        if (runId == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(runId);
        }
    }

    ImportRunView rejected(Scope scope, OrgNodeView school, String kind, String fileName, int rows,
                           List<ImportProblem> problems) {
        return rejected(scope, school, kind, fileName, rows, problems,
                java.util.Comparator.comparingLong(ImportProblem::row));
    }

    /** As above, the problems in the given order (a set of several files: by file, then row). */
    ImportRunView rejected(Scope scope, OrgNodeView school, String kind, String fileName, int rows,
                           List<ImportProblem> problems, java.util.Comparator<ImportProblem> order) {
        List<ImportProblem> kept = new ArrayList<>(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
        kept.sort(order);
        ImportRun run = record(scope, school, kind, fileName, ImportOutcome.REJECTED, rows, 0, 0,
                json.writeValueAsString(kept));
        return run.view(kept);
    }

    ImportRunView applied(Scope scope, OrgNodeView school, String kind, String fileName, int rows, int created,
                          int updated) {
        return applied(scope, school, kind, fileName, rows, created, updated, List.of());
    }

    /** An applied run with what it passed over or changed on its way in (at most as many as problems are kept). */
    ImportRunView applied(Scope scope, OrgNodeView school, String kind, String fileName, int rows, int created,
                          int updated, List<ImportProblem> warnings) {
        ImportRun run = record(scope, school, kind, fileName, ImportOutcome.APPLIED, rows, created, updated, "[]");
        List<ImportProblem> kept = List.copyOf(warnings.size() > MAX_PROBLEMS ? warnings.subList(0, MAX_PROBLEMS)
                : warnings);
        run.warnings(json.writeValueAsString(kept));
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "roster.import." + kind.toLowerCase(),
                fileName, school.path(), created + " created, " + updated + " updated"
                        + (kept.isEmpty() ? "" : ", " + warnings.size() + " warnings")));
        return run.view(List.of(), kept);
    }

    /** Tells the page how far a background run has read; only for a run this thread works for. */
    void progress(int rows) {
        Long current = CURRENT.get();
        if (current != null) {
            progressWriter.executeWithoutResult(status -> runs.progress(current, rows));
        }
    }

    private ImportRun record(Scope scope, OrgNodeView school, String kind, String fileName, ImportOutcome outcome,
                             int rows, int created, int updated, String problems) {
        Long current = CURRENT.get();
        if (current != null) {
            ImportRun run = runs.findById(current).orElseThrow();
            run.finish(outcome, rows, created, updated, problems, clock.instant());
            return run;
        }
        return runs.save(new ImportRun(school.id(), school.path(), kind, fileName, outcome, rows, created, updated,
                problems, scope.userId(), clock.instant()));
    }
}
