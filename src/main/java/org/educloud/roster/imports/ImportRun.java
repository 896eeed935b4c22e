package org.educloud.roster.imports;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.educloud.roster.ImportKind;
import org.educloud.roster.ImportOutcome;
import org.educloud.roster.ImportRunView;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.UserId;
import org.educloud.shared.tabular.ImportProblem;

@Entity
@Table(schema = "roster", name = "import_run")
public class ImportRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long schoolId;

    private String schoolPath;

    private String kind;

    private String fileName;

    @Enumerated(EnumType.STRING)
    private ImportOutcome outcome;

    private int rowsRead;

    private int created;

    private int updated;

    /** The problems as JSON: written once, read whole, never queried into. */
    private String problems;

    /** What an applied run passed over or changed on its way in, as JSON like the problems. */
    private String warnings = "[]";

    private Long runBy;

    private Instant runAt;

    /** The application instance that runs a background run (host, process and start), for whoever investigates. */
    private String runOn;

    /** When that instance last said it is still working on the run; see {@link BackgroundImports}. */
    private Instant heartbeatAt;

    protected ImportRun() {
        // for JPA
    }

    ImportRun(OrgId school, OrgPath schoolPath, ImportKind kind, String fileName, ImportOutcome outcome, int rowsRead,
              int created, int updated, String problems, UserId runBy, Instant runAt) {
        this.schoolId = school.value();
        this.schoolPath = schoolPath.value();
        this.kind = kind.name();
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.outcome = outcome;
        this.rowsRead = rowsRead;
        this.created = created;
        this.updated = updated;
        this.problems = problems;
        this.runBy = runBy.value();
        this.runAt = runAt;
    }

    public long id() {
        return id;
    }

    /** Marks a background run as run by this instance, alive as of now. */
    ImportRun runningOn(String instance, Instant now) {
        this.runOn = instance;
        this.heartbeatAt = now;
        return this;
    }

    /** Ends a background run with its result. */
    void finish(ImportOutcome outcome, int rowsRead, int created, int updated, String problems, Instant at) {
        this.outcome = outcome;
        this.rowsRead = rowsRead;
        this.created = created;
        this.updated = updated;
        this.problems = problems;
        this.runAt = at;
    }

    public OrgPath schoolPath() {
        return new OrgPath(schoolPath);
    }

    public String problemsJson() {
        return problems;
    }

    public String warningsJson() {
        return warnings;
    }

    void warnings(String warnings) {
        this.warnings = warnings;
    }

    public ImportRunView view(java.util.List<ImportProblem> parsedProblems) {
        return view(parsedProblems, java.util.List.of());
    }

    public ImportRunView view(java.util.List<ImportProblem> parsedProblems, java.util.List<ImportProblem> parsedWarnings) {
        return new ImportRunView(id, OrgId.of(schoolId), kind, fileName, outcome, rowsRead, created, updated,
                parsedProblems, runAt, parsedWarnings);
    }
}
