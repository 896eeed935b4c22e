package org.educloud.roster.oneroster.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.educloud.roster.Gender;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.roster.oneroster.csv.OneRosterFileSet.Row;
import org.jspecify.annotations.Nullable;

/**
 * The cell checks every row reader of a OneRoster set shares (dates, choices, text, a {@code tobedeleted} row naming
 * nothing known); one place, so terms, classes, people and enrolments refuse a bad cell with the same words.
 */
final class OneRosterCells {

    private final List<ImportProblem> problems;
    private final List<ImportProblem> warnings;

    OneRosterCells(List<ImportProblem> problems, List<ImportProblem> warnings) {
        this.problems = problems;
        this.warnings = warnings;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    List<ImportProblem> warnings() {
        return warnings;
    }

    /** A {@code tobedeleted} row naming something EduCloud never knew: nothing to delete, so it is passed over. */
    void unknownDeleted(Row row, String column) {
        warnings.add(ImportProblem.at(row.number(), row.file() + ": " + column, row.get(column),
                "roster.oneroster.warning.unknownDeleted"));
    }

    @Nullable LocalDate date(Row row, String column, boolean required) {
        String value = row.get(column);
        if (value.isEmpty()) {
            if (required) {
                problems.add(row.problem(column, "roster.import.error.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(row.problem(column, "roster.oneroster.error.date"));
            return null;
        }
    }

    @Nullable Gender sex(Row row) {
        return switch (row.get("sex")) {
            case "male" -> Gender.MALE;
            case "female" -> Gender.FEMALE;
            default -> null;
        };
    }

    <E extends Enum<E>> @Nullable E choice(Row row, String column, Class<E> type) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(row.problem(column, "roster.import.error.choice",
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }

    String text(Row row, String column, int max, boolean required) {
        String value = row.get(column);
        if (required && value.isEmpty()) {
            problems.add(row.problem(column, "roster.import.error.required"));
        } else if (value.length() > max) {
            problems.add(row.problem(column, "roster.import.error.tooLong", String.valueOf(max)));
        } else if (unsafe(value)) {
            problems.add(row.problem(column, "roster.import.error.formula"));
        }
        return value;
    }

    /** Formula starts, markup and control characters: what the roster's own imports refuse too. */
    static boolean unsafe(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 || value.indexOf('<') >= 0
                || value.indexOf('>') >= 0 || value.chars().anyMatch(Character::isISOControl);
    }
}
