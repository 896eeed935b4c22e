package org.educloud.roster.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.educloud.roster.Gender;
import org.educloud.roster.IdNumber;
import org.educloud.roster.StudentDraft;
import org.educloud.shared.tabular.CellChecks;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;

/**
 * Turns one row of a student file into a draft, or into the problems that stop it: every cell is checked and
 * every problem reported, so a school fixes its file in one go rather than one error per upload.
 */
final class StudentRowReader {

    private static final Pattern STUDENT_NUMBER = Pattern.compile("[A-Z]\\d{17}[\\dX]");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu.M.d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));

    /** A row that passed: the draft and the class it names, if any. */
    record Parsed(long row, StudentDraft draft, String className) {
    }

    private StudentRowReader() {
    }

    static Optional<Parsed> read(TabularFile.SourceRow row, LocalDate today, List<ImportProblem> problems) {
        int before = problems.size();
        for (int column : row.formulaColumns()) {
            problems.add(ImportProblem.at(row.number(), header(column), row.cell(column), "roster.import.error.formula"));
        }
        String name = text(row, StudentColumns.NAME, 50, true, problems);
        String genderText = row.cell(StudentColumns.GENDER.index());
        Gender gender = switch (genderText.toUpperCase(Locale.ROOT)) {
            case "男", "M", "MALE" -> Gender.MALE;
            case "女", "F", "FEMALE" -> Gender.FEMALE;
            default -> {
                problems.add(problem(row, StudentColumns.GENDER, "roster.import.error.gender"));
                yield null;
            }
        };
        LocalDate birthDate = date(row, today, problems);
        String ethnicity = text(row, StudentColumns.ETHNICITY, 20, false, problems);
        String studentNumber = row.cell(StudentColumns.STUDENT_NUMBER.index()).toUpperCase(Locale.ROOT);
        if (!STUDENT_NUMBER.matcher(studentNumber).matches()) {
            problems.add(problem(row, StudentColumns.STUDENT_NUMBER, "roster.validation.studentNumber.format"));
        }
        String idNumber = row.cell(StudentColumns.ID_NUMBER.index()).toUpperCase(Locale.ROOT);
        if (!idNumber.isEmpty() && !IdNumber.isValid(idNumber)) {
            problems.add(problem(row, StudentColumns.ID_NUMBER, "roster.validation.idNumber.invalid"));
        }
        String className = text(row, StudentColumns.CLASS, 40, false, problems);
        Boolean boarding = flag(row, StudentColumns.BOARDING, problems);
        Boolean leftBehind = flag(row, StudentColumns.LEFT_BEHIND, problems);
        Boolean migrant = flag(row, StudentColumns.MIGRANT, problems);
        Boolean disability = flag(row, StudentColumns.DISABILITY, problems);
        Boolean hardship = flag(row, StudentColumns.ECONOMIC_HARDSHIP, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(row.number(), new StudentDraft(name, gender, birthDate,
                ethnicity.isEmpty() ? null : ethnicity, studentNumber, idNumber.isEmpty() ? null : idNumber,
                boarding, leftBehind, migrant, disability, hardship), className));
    }

    private static String text(TabularFile.SourceRow row, StudentColumns column, int max, boolean required,
                               List<ImportProblem> problems) {
        return CellChecks.text(row, column.index(), column.header(), max, required, problems);
    }

    private static LocalDate date(TabularFile.SourceRow row, LocalDate today, List<ImportProblem> problems) {
        String value = row.cell(StudentColumns.BIRTH_DATE.index());
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                LocalDate date = LocalDate.parse(value, format);
                if (!date.isBefore(today) || date.isBefore(today.minusYears(30))) {
                    problems.add(problem(row, StudentColumns.BIRTH_DATE, "roster.import.error.birthDateRange"));
                }
                return date;
            } catch (DateTimeParseException e) {
                // try the next accepted layout
            }
        }
        problems.add(problem(row, StudentColumns.BIRTH_DATE, "roster.import.error.date"));
        return null;
    }

    private static Boolean flag(TabularFile.SourceRow row, StudentColumns column, List<ImportProblem> problems) {
        String value = row.cell(column.index());
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "", "否", "N", "NO", "0", "FALSE" -> false;
            case "是", "Y", "YES", "1", "TRUE" -> true;
            default -> {
                problems.add(problem(row, column, "roster.import.error.yesNo"));
                yield false;
            }
        };
    }

    private static ImportProblem problem(TabularFile.SourceRow row, StudentColumns column, String key) {
        return ImportProblem.at(row.number(), column.header(), row.cell(column.index()), key);
    }

    private static String header(int column) {
        return column < StudentColumns.values().length ? StudentColumns.values()[column].header() : "#" + (column + 1);
    }
}
