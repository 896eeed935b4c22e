package org.educloud.shared.tabular;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a {@link TabularFile} of either kind within the limits: at most {@code maxRows}, and in a CSV file
 * no cell with a character its encoding could not decode (which the decoder turned into U+FFFD): the file is
 * refused there, naming the row and the column, rather than importing a garbled name. Anything else the
 * underlying reader throws ends the file as malformed.
 */
final class BoundedRows implements Iterator<TabularFile.SourceRow> {

    private final Iterator<TabularFile.SourceRow> source;
    private final ImportLimits limits;
    private final boolean decoded;
    private @Nullable List<String> header;
    private long count;

    BoundedRows(Iterator<TabularFile.SourceRow> source, ImportLimits limits, boolean decoded) {
        this.source = source;
        this.limits = limits;
        this.decoded = decoded;
    }

    @Override
    public boolean hasNext() {
        try {
            return source.hasNext();
        } catch (TabularFile.Refused e) {
            throw e;
        } catch (RuntimeException e) {
            throw malformed(e);
        }
    }

    @Override
    public TabularFile.SourceRow next() {
        TabularFile.SourceRow row;
        try {
            row = source.next();
        } catch (TabularFile.Refused | NoSuchElementException e) {
            throw e;
        } catch (RuntimeException e) {
            throw malformed(e);
        }
        if (++count > limits.maxRows()) {
            throw new TabularFile.Refused(ImportProblem.ofFile("roster.import.limit.rows",
                    String.valueOf(limits.maxRows())));
        }
        if (header == null) {
            header = row.cells();
        }
        if (decoded) {
            for (int i = 0; i < row.cells().size(); i++) {
                String cell = row.cells().get(i);
                if (cell != null && cell.indexOf('\uFFFD') >= 0) {
                    throw new TabularFile.Refused(ImportProblem.at(row.number(), columnName(i), cell,
                            "roster.import.error.undecodable"));
                }
            }
        }
        return row;
    }

    /** The column as the file's header names it, or as a spreadsheet letter when the header has no name there. */
    private String columnName(int index) {
        String name = header != null && index < header.size() && header.get(index) != null
                ? header.get(index).strip() : "";
        if (!name.isEmpty() && name.indexOf('\uFFFD') < 0 && name.length() <= 40) {
            return name;
        }
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static TabularFile.Refused malformed(RuntimeException e) {
        TabularFile.Refused refused = TabularFile.Refused.in(e);
        return refused != null ? refused
                : new TabularFile.Refused(ImportProblem.ofFile("roster.import.error.malformed"));
    }
}
