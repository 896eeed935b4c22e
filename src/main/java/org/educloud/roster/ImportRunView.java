package org.educloud.roster;

import java.time.Instant;
import java.util.List;
import org.educloud.shared.OrgId;
import org.educloud.shared.tabular.ImportProblem;

/**
 * One import as its page shows it: the file, how it ended, counts, (when rejected) every problem found, and (when
 * applied) what it passed over or changed on its way in, in the same shape as the problems.
 */
public record ImportRunView(long id, OrgId schoolId, String kind, String fileName, ImportOutcome outcome, int rowsRead,
                            int created, int updated, List<ImportProblem> problems, Instant runAt,
                            List<ImportProblem> warnings) {

    public ImportRunView {
        warnings = List.copyOf(warnings);
    }
}
