package org.educloud.library;

import java.util.List;
import org.educloud.shared.tabular.ImportProblem;

/**
 * The outcome of a catalogue import: either everything was added (counts) or nothing was, and {@code problems}
 * says what to fix and where in the file, as every import of the table-import kit reports it. A spreadsheet's
 * problems name its row (and column, where the reader knows one); a JSON catalogue's have row 0 and name the
 * place in the document (a path such as {@code editions[0].volumes[2].chapters[0]}) as their column.
 */
public record CatalogueImport(int textbookNodesAdded, int knowledgePointsAdded, List<ImportProblem> problems) {

    public CatalogueImport {
        problems = List.copyOf(problems);
    }

    /** Nothing added, for the one reason given. */
    public static CatalogueImport refused(ImportProblem problem) {
        return new CatalogueImport(0, 0, List.of(problem));
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
