package org.educloud.equity.surveys;

import java.util.List;
import org.educloud.shared.tabular.ImportProblem;

/**
 * What a bureau's survey file did: all rows with figures saved as drafts, or nothing saved and every problem listed.
 * Rows that name a school but hold no figure at all (a template row left blank) are skipped and listed, not refused.
 *
 * @param rows    the schools whose figures were saved (or would have been, had the file no problem)
 * @param skipped the rows without any figure, as they stood in the file
 */
public record SurveyImport(boolean applied, int rows, List<ImportProblem> problems, List<Skipped> skipped) {

    /** A row left without figures: its number in the file, and the school code and name it carried. */
    public record Skipped(long row, String schoolCode, String schoolName) {
    }

    SurveyImport(boolean applied, int rows, List<ImportProblem> problems) {
        this(applied, rows, problems, List.of());
    }
}
