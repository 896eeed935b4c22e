package org.educloud.schoolday.timetables;

import java.util.List;
import org.educloud.shared.tabular.ImportProblem;

/** What an import did: every lesson of the class replaced ({@code applied}), or nothing, with each problem found. */
public record TimetableImport(boolean applied, int lessons, List<ImportProblem> problems) {

    public TimetableImport {
        problems = List.copyOf(problems);
    }
}
