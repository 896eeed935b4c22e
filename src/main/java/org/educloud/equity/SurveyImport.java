package org.educloud.equity;

import java.util.List;
import org.educloud.roster.ImportProblem;

/** What a bureau's survey file did: all rows saved as drafts, or nothing saved and every problem listed. */
public record SurveyImport(boolean applied, int rows, List<ImportProblem> problems) {
}
