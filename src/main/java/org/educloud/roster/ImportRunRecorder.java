package org.educloud.roster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.Scope;
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
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    ImportRunRecorder(ImportRunRepository runs, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.runs = runs;
        this.events = events;
        this.json = json;
        this.clock = clock;
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

    ImportRunView rejected(Scope scope, OrgNodeView school, String kind, String fileName, int rows,
                           List<ImportProblem> problems) {
        List<ImportProblem> kept = new ArrayList<>(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
        kept.sort(java.util.Comparator.comparingLong(ImportProblem::row));
        ImportRun run = runs.save(new ImportRun(school.id(), school.path(), kind, fileName, ImportOutcome.REJECTED,
                rows, 0, 0, json.writeValueAsString(kept), scope.userId(), clock.instant()));
        return run.view(kept);
    }

    ImportRunView applied(Scope scope, OrgNodeView school, String kind, String fileName, int rows, int created,
                          int updated) {
        ImportRun run = runs.save(new ImportRun(school.id(), school.path(), kind, fileName, ImportOutcome.APPLIED,
                rows, created, updated, "[]", scope.userId(), clock.instant()));
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "roster.import." + kind.toLowerCase(),
                fileName, school.path(), created + " created, " + updated + " updated"));
        return run.view(List.of());
    }
}
