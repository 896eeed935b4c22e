package org.educloud.development.credits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.educloud.shared.tabular.CellChecks;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;

/**
 * Reads an outside provider's hours file: one row per teacher and course with the columns of {@link #HEADERS}. A row
 * naming the same teacher, provider, course and date as an earlier row of the file is refused with both rows named,
 * so hours are never counted twice from one file. Whether the teacher exists and the row is already in the ledger
 * is checked afterwards, against identity and the ledger.
 */
final class CreditRows {

    static final List<String> HEADERS = List.of("教师账号", "培训机构", "课程名称", "培训日期", "学时");
    static final int MAX_ROWS = 5_000;
    static final BigDecimal MAX_HOURS = new BigDecimal("200");

    /** One accepted row, with its number in the file for later problems. */
    record Row(long number, String username, String provider, String course, LocalDate takenOn, BigDecimal hours) {

        String key() {
            return username.toLowerCase(java.util.Locale.ROOT) + '\u0000' + provider + '\u0000' + course + '\u0000'
                    + takenOn;
        }
    }

    record Outcome(List<Row> rows, List<ImportProblem> problems) {
    }

    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Long> seen = new HashMap<>();

    static Outcome read(Iterator<TabularFile.SourceRow> source, LocalDate today) {
        CreditRows reader = new CreditRows();
        reader.readAll(source, today);
        return new Outcome(List.copyOf(reader.rows), List.copyOf(reader.problems));
    }

    private void readAll(Iterator<TabularFile.SourceRow> source, LocalDate today) {
        if (!source.hasNext() || !header(source.next())) {
            problems.add(ImportProblem.ofFile("development.import.header", String.join("、", HEADERS)));
            return;
        }
        int count = 0;
        while (source.hasNext()) {
            TabularFile.SourceRow row = source.next();
            if (row.blank()) {
                continue;
            }
            if (++count > MAX_ROWS) {
                problems.add(ImportProblem.ofFile("development.import.tooManyRows", String.valueOf(MAX_ROWS)));
                return;
            }
            read(row, today);
        }
        if (count == 0 && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile("development.credits.import.noRows"));
        }
    }

    private static boolean header(TabularFile.SourceRow row) {
        for (int i = 0; i < HEADERS.size(); i++) {
            if (!HEADERS.get(i).equals(row.cell(i))) {
                return false;
            }
        }
        return true;
    }

    private void read(TabularFile.SourceRow row, LocalDate today) {
        int before = problems.size();
        String username = CellChecks.text(row, 0, HEADERS.get(0), 64, true, problems);
        String provider = CellChecks.text(row, 1, HEADERS.get(1), 200, true, problems);
        String course = CellChecks.text(row, 2, HEADERS.get(2), 200, true, problems);
        String dateText = CellChecks.text(row, 3, HEADERS.get(3), 20, true, problems);
        String hoursText = CellChecks.text(row, 4, HEADERS.get(4), 10, true, problems);
        if (problems.size() > before) {
            return;
        }
        LocalDate date = date(dateText);
        if (date == null || date.isAfter(today) || date.getYear() < 2000) {
            problems.add(ImportProblem.at(row.number(), HEADERS.get(3), dateText, "development.credits.import.date"));
        }
        BigDecimal hours = hours(hoursText);
        if (hours == null) {
            problems.add(ImportProblem.at(row.number(), HEADERS.get(4), hoursText, "development.credits.import.hours",
                    MAX_HOURS.toPlainString()));
        }
        if (date == null || hours == null || problems.size() > before) {
            return;
        }
        Row accepted = new Row(row.number(), username, provider, course, date, hours);
        Long earlier = seen.putIfAbsent(accepted.key(), row.number());
        if (earlier != null) {
            problems.add(ImportProblem.at(row.number(), HEADERS.get(0), username, "development.credits.import.twiceInFile",
                    String.valueOf(earlier)));
            return;
        }
        rows.add(accepted);
    }

    private static java.time.@org.jspecify.annotations.Nullable LocalDate date(String text) {
        try {
            return LocalDate.parse(text.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Hours from 0.5 to the maximum in steps of a tenth, as the ledger keeps them. */
    private static @org.jspecify.annotations.Nullable BigDecimal hours(String text) {
        try {
            BigDecimal hours = new BigDecimal(text);
            if (hours.compareTo(new BigDecimal("0.5")) < 0 || hours.compareTo(MAX_HOURS) > 0 || hours.scale() > 1) {
                return null;
            }
            return hours;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
