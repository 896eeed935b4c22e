package org.educloud.assessment.exchange;

import java.util.List;
import org.educloud.shared.tabular.ImportProblem;

/**
 * What an import did: every item stored (their ids), or nothing stored and every problem found, each naming its
 * place: the file and element of a package ({@code column} = file, {@code value} = element or field), or the row
 * and column of a template.
 */
public record ImportOutcome(boolean applied, List<Long> itemIds, List<ImportProblem> problems) {

    public ImportOutcome {
        itemIds = List.copyOf(itemIds);
        problems = List.copyOf(problems);
    }

    static ImportOutcome rejected(List<ImportProblem> problems) {
        return new ImportOutcome(false, List.of(), problems);
    }

    public int imported() {
        return itemIds.size();
    }
}
