package org.educloud.assessment.exams;

import java.util.List;
import org.educloud.shared.tabular.ImportProblem;

/** What an uploaded score workbook did: applied to this many students, or nothing, with every problem found. */
public record ScoreImport(boolean applied, int students, List<ImportProblem> problems) {
}
