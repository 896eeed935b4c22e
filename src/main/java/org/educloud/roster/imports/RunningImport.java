package org.educloud.roster.imports;

import java.util.Comparator;
import java.util.List;
import org.educloud.roster.ImportKind;
import org.educloud.roster.ImportRunView;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;

/**
 * One import run from its start to its end, handed explicitly to the work done for it: the import reports its
 * progress to it and ends it, applied or rejected; a background run that broke is failed through it. A run in the
 * caller's thread has no row until it ends; a background run's row was written RUNNING when it was queued, and
 * ending the run finishes that row instead of writing another. Which of the two it is travels with the handle,
 * never in the thread.
 */
public final class RunningImport {

    private final ImportRunRecorder recorder;
    private final Scope scope;
    private final OrgNodeView school;
    private final ImportKind kind;
    private final String fileName;
    private final @Nullable Long recordedId;

    RunningImport(ImportRunRecorder recorder, Scope scope, OrgNodeView school, ImportKind kind, String fileName,
                  @Nullable Long recordedId) {
        this.recorder = recorder;
        this.scope = scope;
        this.school = school;
        this.kind = kind;
        this.fileName = fileName;
        this.recordedId = recordedId;
    }

    public Scope scope() {
        return scope;
    }

    /** The school (or, for OneRoster, the bureau or school) imported into. */
    public OrgNodeView school() {
        return school;
    }

    public ImportKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    /** The run's row written when it was queued in the background; empty for a run in the caller's thread. */
    @Nullable Long recordedId() {
        return recordedId;
    }

    /** Tells the run page how far the import has read; only a background run has a page to tell. */
    public void progress(int rows) {
        if (recordedId != null) {
            recorder.progress(recordedId, rows);
        }
    }

    public ImportRunView rejected(int rows, List<ImportProblem> problems) {
        return recorder.rejected(this, rows, problems);
    }

    /** As above, the problems in the given order (a set of several files: by file, then row). */
    public ImportRunView rejected(int rows, List<ImportProblem> problems, Comparator<ImportProblem> order) {
        return recorder.rejected(this, rows, problems, order);
    }

    public ImportRunView applied(int rows, int created, int updated) {
        return recorder.applied(this, rows, created, updated, List.of());
    }

    /** An applied run with what it passed over or changed on its way in. */
    public ImportRunView applied(int rows, int created, int updated, List<ImportProblem> warnings) {
        return recorder.applied(this, rows, created, updated, warnings);
    }

    /** Marks a background run FAILED with one problem, in a transaction of its own (the import's rolled back). */
    public void fail(String messageKey) {
        if (recordedId != null) {
            recorder.fail(recordedId, messageKey);
        }
    }
}
