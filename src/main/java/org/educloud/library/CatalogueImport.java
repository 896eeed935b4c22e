package org.educloud.library;

import java.util.List;

/**
 * The outcome of a catalogue import: either everything was added (counts) or nothing was, and {@code problems}
 * says what to fix and where in the file.
 */
public record CatalogueImport(int textbookNodesAdded, int knowledgePointsAdded, List<Problem> problems) {

    /** One thing wrong with the file: where (a JSON path such as volumes[2].chapters[0]), and a message key. */
    public record Problem(String where, String messageKey, List<Object> arguments) {
    }

    public CatalogueImport {
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
