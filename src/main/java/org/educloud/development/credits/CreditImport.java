package org.educloud.development.credits;

import java.util.List;
import org.educloud.shared.tabular.ImportProblem;

/** The outcome of an hours file: how many rows went into the ledger, or none and every problem named. */
public record CreditImport(int credited, List<ImportProblem> problems) {

    public CreditImport {
        problems = List.copyOf(problems);
    }

    public boolean applied() {
        return problems.isEmpty();
    }
}
