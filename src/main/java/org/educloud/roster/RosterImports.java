package org.educloud.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.roster.imports.BackgroundImports;
import org.educloud.roster.imports.ImportRun;
import org.educloud.roster.imports.ImportRunRecorder;
import org.educloud.roster.imports.ImportRunRepository;
import org.educloud.roster.imports.ImportingClasses;
import org.educloud.roster.imports.ImportingEnrolments;
import org.educloud.roster.imports.ImportingGuardians;
import org.educloud.roster.imports.ImportingStaff;
import org.educloud.roster.imports.ImportingStudents;
import org.educloud.roster.imports.RunningImport;
import org.educloud.roster.imports.StaffColumns;
import org.educloud.roster.imports.StudentColumns;
import org.educloud.roster.oneroster.csv.ImportingOneRoster;
import org.educloud.roster.reach.SchoolsInScope;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Bulk import of roster files by school admins, the templates they fill in, and the record of every run. */
@Service
@Transactional
public class RosterImports {

    private final ImportingStudents importingStudents;
    private final ImportingStaff importingStaff;
    private final ImportingClasses importingClasses;
    private final ImportingGuardians importingGuardians;
    private final ImportingEnrolments importingEnrolments;
    private final BackgroundImports background;
    private final ImportingOneRoster importingOneRoster;
    private final ImportRunRepository runs;
    private final ImportRunRecorder recorder;
    private final SchoolsInScope schools;
    private final JsonMapper json;
    private final Clock clock;

    RosterImports(ImportingStudents importingStudents, ImportingStaff importingStaff, ImportingClasses importingClasses,
                  ImportingGuardians importingGuardians, ImportingEnrolments importingEnrolments,
                  ImportRunRepository runs, SchoolsInScope schools, JsonMapper json, BackgroundImports background,
                  ImportingOneRoster importingOneRoster, ImportRunRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
        this.importingOneRoster = importingOneRoster;
        this.schools = schools;
        this.background = background;
        this.importingEnrolments = importingEnrolments;
        this.importingGuardians = importingGuardians;
        this.importingClasses = importingClasses;
        this.importingStudents = importingStudents;
        this.importingStaff = importingStaff;
        this.runs = runs;
        this.json = json;
    }

    /**
     * Starts an import in the background and returns its run's id at once; the run page shows its progress and
     * result. The import takes ownership of {@code file} and deletes it when done.
     */
    public long startImport(Scope scope, ImportKind kind, OrgId school, Path file, String fileName) {
        OrgNodeView node = administeredSchool(scope, school);
        return background.start(scope, node, kind, file, fileName, running -> switch (kind) {
            case STUDENTS -> importingStudents.run(running, file);
            case STAFF -> importingStaff.run(running, file);
            case CLASSES -> importingClasses.run(running, file);
            case GUARDIANS -> importingGuardians.run(running, file);
            case ENROLMENTS -> importingEnrolments.run(running, file);
            case ONEROSTER -> importingOneRoster.run(running, file);
        });
    }

    /**
     * Starts importing a OneRoster 1.2 CSV zip into a bureau or school the caller administers, in the
     * background; the run page shows progress and every problem. The import owns {@code file} from now on.
     */
    public long startOneRosterImport(Scope scope, OrgId org, Path file, String fileName) {
        OrgNodeView node = administeredNode(scope, org);
        return background.start(scope, node, ImportKind.ONEROSTER, file, fileName,
                running -> importingOneRoster.run(running, file));
    }

    /** The same import, in the caller's thread and transaction. */
    @Transactional
    public ImportRunView importOneRoster(Scope scope, OrgId org, Path file, String fileName) {
        return importingOneRoster.run(recorder.start(scope, administeredNode(scope, org), ImportKind.ONEROSTER,
                fileName), file);
    }

    /** The latest OneRoster imports into a bureau or school the caller administers. */
    @Transactional(readOnly = true)
    public List<ImportRunView> recentOneRosterRuns(Scope scope, OrgId org) {
        administeredNode(scope, org);
        return runs.findTop20BySchoolIdOrderByRunAtDesc(org.value()).stream().map(r -> r.view(List.of()))
                .filter(r -> r.kind().equals(ImportKind.ONEROSTER.name())).toList();
    }

    /** Imports a CSV or XLSX student file into one school, all or nothing; the run records what happened. */
    public ImportRunView importStudents(Scope scope, OrgId school, Path file, String fileName) {
        return importingStudents.run(inCallersThread(scope, school, ImportKind.STUDENTS, fileName), file);
    }

    /** Imports a staff file into one school, all or nothing; teachers get accounts waiting for activation. */
    public ImportRunView importStaff(Scope scope, OrgId school, Path file, String fileName) {
        return importingStaff.run(inCallersThread(scope, school, ImportKind.STAFF, fileName), file);
    }

    /** Imports a school's class list, all or nothing; re-importing updates grade, kind and head teacher. */
    public ImportRunView importClasses(Scope scope, OrgId school, Path file, String fileName) {
        return importingClasses.run(inCallersThread(scope, school, ImportKind.CLASSES, fileName), file);
    }

    /** Imports a school's guardians, all or nothing; one guardian per phone number, siblings share them. */
    public ImportRunView importGuardians(Scope scope, OrgId school, Path file, String fileName) {
        return importingGuardians.run(inCallersThread(scope, school, ImportKind.GUARDIANS, fileName), file);
    }

    /** Places students in classes from a file, all or nothing; rows already in effect change nothing. */
    public ImportRunView importEnrolments(Scope scope, OrgId school, Path file, String fileName) {
        return importingEnrolments.run(inCallersThread(scope, school, ImportKind.ENROLMENTS, fileName), file);
    }

    @Transactional(readOnly = true)
    public ImportRunView run(Scope scope, long id) {
        ImportRun run = runs.findById(id).filter(r -> scope.canAdminister(r.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.importNotFound"));
        return run.view(json.readValue(run.problemsJson(), new TypeReference<List<ImportProblem>>() { }),
                json.readValue(run.warningsJson(), new TypeReference<List<ImportProblem>>() { }));
    }

    @Transactional(readOnly = true)
    public List<ImportRunView> recentRuns(Scope scope, OrgId school) {
        administeredSchool(scope, school);
        return runs.findTop20BySchoolIdOrderByRunAtDesc(school.value()).stream().map(r -> r.view(List.of())).toList();
    }

    /**
     * Imports into nodes the caller administers that were rejected or failed in the last {@code days} days and not
     * since redone successfully, newest first: the work left on an admin's home page.
     */
    @Transactional(readOnly = true)
    public List<ImportRunView> unresolvedFailures(Scope scope, int days, int most) {
        Instant since = clock.instant().minus(Duration.ofDays(days));
        // an admin of a district and of one of its schools would otherwise see that school's runs twice
        Map<Long, ImportRunView> found = new LinkedHashMap<>();
        for (OrgPath top : scope.adminPaths()) {
            runs.unresolved(top.likePattern(), List.of(ImportOutcome.REJECTED, ImportOutcome.FAILED), since,
                    Limit.of(most)).forEach(r -> found.putIfAbsent(r.id(), r.view(List.of())));
        }
        return found.values().stream().sorted(Comparator.comparing(ImportRunView::runAt).reversed())
                .limit(most).toList();
    }

    /** The column headers of an import kind's template, in order. */
    public List<String> columns(ImportKind kind) {
        return switch (kind) {
            case STUDENTS -> StudentColumns.headers();
            case STAFF -> StaffColumns.headers();
            case CLASSES -> ImportingClasses.HEADERS;
            case GUARDIANS -> ImportingGuardians.HEADERS;
            case ENROLMENTS -> ImportingEnrolments.HEADERS;
            case ONEROSTER -> throw new IllegalArgumentException("a OneRoster zip has no template");
        };
    }

    /** A template as CSV: UTF-8 with a BOM, so Excel in Chinese opens it correctly. */
    public void writeTemplateCsv(ImportKind kind, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.write((String.join(",", columns(kind)) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    public void writeTemplateXlsx(ImportKind kind, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "EduCloud", "1.0");
        Worksheet sheet = workbook.newWorksheet(switch (kind) {
            case STUDENTS -> "学生";
            case STAFF -> "教职工";
            case CLASSES -> "班级";
            case GUARDIANS -> "监护人";
            case ENROLMENTS -> "编班";
            case ONEROSTER -> throw new IllegalArgumentException("a OneRoster zip has no template");
        });
        List<String> headers = columns(kind);
        for (int i = 0; i < headers.size(); i++) {
            sheet.value(0, i, headers.get(i));
            sheet.style(0, i).bold().set();
            sheet.width(i, 16);
        }
        workbook.finish();
    }

    private RunningImport inCallersThread(Scope scope, OrgId school, ImportKind kind, String fileName) {
        return recorder.start(scope, administeredSchool(scope, school), kind, fileName);
    }

    private OrgNodeView administeredNode(Scope scope, OrgId org) {
        OrgNodeView node = schools.administered(scope, org);
        if (!node.isActive()) {
            throw new RuleViolationException("roster.error.schoolClosed");
        }
        return node;
    }

    private OrgNodeView administeredSchool(Scope scope, OrgId school) {
        OrgNodeView node = schools.managedSchool(scope, school);
        if (!node.isActive()) {
            throw new RuleViolationException("roster.error.schoolClosed");
        }
        return node;
    }
}
