package org.educloud.shared.tabular;

import java.util.List;

/** Checks every text cell of an import gets, whatever the file: required, length, no formula, markup or control. */
public final class CellChecks {

    private CellChecks() {
    }

    public static String text(TabularFile.SourceRow row, int column, String header, int max, boolean required,
                       List<ImportProblem> problems) {
        String value = row.cell(column);
        String problem = null;
        if (required && value.isEmpty()) {
            problem = "roster.import.error.required";
        } else if (value.length() > max) {
            problems.add(ImportProblem.at(row.number(), header, value, "roster.import.error.tooLong", String.valueOf(max)));
            return value;
        } else if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            problem = "roster.import.error.formula";
        } else if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
            problem = "roster.import.error.markup";
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            problem = "roster.import.error.control";
        }
        if (problem != null) {
            problems.add(ImportProblem.at(row.number(), header, value, problem));
        }
        return value;
    }
}
