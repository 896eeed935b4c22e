package org.educloud.roster.oneroster.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.roster.oneroster.csv.OneRosterFileSet.Row;

/**
 * Values a OneRoster file carries that EduCloud's model cannot hold (a class's location, periods, further
 * subjects, ...): counted per file and column while reading, then reported as one warning each, naming the first
 * row and how many rows carried such a value, so a large set gets a few lines rather than one per row.
 */
final class OneRosterDrops {

    private record Drop(long firstRow, String firstValue, int rows) {
    }

    private final Map<String, Drop> drops = new LinkedHashMap<>();

    void dropped(Row row, String column) {
        drops.merge(row.file() + ": " + column, new Drop(row.number(), row.get(column), 1),
                (a, b) -> new Drop(a.firstRow(), a.firstValue(), a.rows() + 1));
    }

    void report(List<ImportProblem> warnings) {
        drops.forEach((column, drop) -> warnings.add(ImportProblem.at(drop.firstRow(), column, drop.firstValue(),
                "roster.oneroster.warning.dropped", String.valueOf(drop.rows()))));
    }
}
