package org.educloud.shared.tabular;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an import file: where (row as numbered in the file, 0 for the file itself; the column's
 * header), what was there, and a message key with its arguments, rendered in the reader's language.
 */
public record ImportProblem(long row, @Nullable String column, @Nullable String value, String messageKey,
                            List<String> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem ofFile(String messageKey, String... arguments) {
        return new ImportProblem(0, null, null, messageKey, List.of(arguments));
    }

    public static ImportProblem at(long row, String column, String value, String messageKey, String... arguments) {
        return new ImportProblem(row, column, value, messageKey, List.of(arguments));
    }
}
