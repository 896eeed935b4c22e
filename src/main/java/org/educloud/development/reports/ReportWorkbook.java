package org.educloud.development.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.development.frameworks.FrameworkTree;
import org.educloud.shared.SpreadsheetCells;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A competence report as an XLSX workbook with the page's tables, one sheet each: the spread per dimension, the
 * schools, the localities and the teachers without an assessment. Kept-back levels stay empty cells here too.
 */
final class ReportWorkbook {

    private final MessageSource messages;
    private final Locale locale;

    ReportWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void write(CompetenceReport report, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "EduCloud", "1.0");
        FrameworkTree tree = report.tree();
        Worksheet spread = workbook.newWorksheet(text("development.report.sheet.dimensions"));
        header(spread, 0, text("development.report.dimension"));
        for (FrameworkTree.Level level : tree.levels()) {
            header(spread, level.rank(), level.rank() + " " + level.nameIn(locale));
        }
        header(spread, tree.levels().size() + 1, text("development.report.mean"));
        int row = 1;
        for (CompetenceReport.DimensionSpread d : report.dimensions()) {
            spread.value(row, 0, SpreadsheetCells.safe(d.dimension().code() + " " + d.dimension().nameIn(locale)));
            for (int i = 0; i < d.teachersByLevel().size(); i++) {
                spread.value(row, i + 1, d.teachersByLevel().get(i));
            }
            number(spread, row, tree.levels().size() + 1, d.mean());
            row++;
        }
        groups(workbook.newWorksheet(text("development.report.sheet.schools")), report, report.schools(), false);
        groups(workbook.newWorksheet(text("development.report.sheet.localities")), report, report.localities(), true);
        Worksheet missing = workbook.newWorksheet(text("development.report.sheet.unassessed"));
        header(missing, 0, text("development.report.teacher"));
        header(missing, 1, text("development.report.school"));
        row = 1;
        for (CompetenceReport.Unassessed u : report.unassessed()) {
            missing.value(row, 0, SpreadsheetCells.safe(u.name()));
            missing.value(row, 1, SpreadsheetCells.safe(u.school()));
            row++;
        }
        workbook.finish();
    }

    private void groups(Worksheet sheet, CompetenceReport report, List<CompetenceReport.GroupLine> lines,
                        boolean localities) {
        header(sheet, 0, text(localities ? "development.report.locality" : "development.report.school"));
        header(sheet, 1, text("development.report.teachers"));
        header(sheet, 2, text("development.report.assessed"));
        header(sheet, 3, text("development.report.mean"));
        List<FrameworkTree.Node> dimensions = report.tree().dimensions();
        for (int d = 0; d < dimensions.size(); d++) {
            header(sheet, 4 + d, dimensions.get(d).code() + " " + dimensions.get(d).nameIn(locale));
        }
        int row = 1;
        for (CompetenceReport.GroupLine line : lines) {
            sheet.value(row, 0, SpreadsheetCells.safe(localities
                    ? text("tenancy.locality." + line.name()) : line.name()));
            sheet.value(row, 1, line.teachers());
            sheet.value(row, 2, line.assessed());
            number(sheet, row, 3, line.mean());
            for (int d = 0; d < line.dimensionMeans().size(); d++) {
                number(sheet, row, 4 + d, line.dimensionMeans().get(d));
            }
            row++;
        }
    }

    private static void header(Worksheet sheet, int column, String text) {
        sheet.value(0, column, SpreadsheetCells.safe(text));
        sheet.style(0, column).bold().set();
        sheet.width(column, column == 0 ? 30 : 14);
    }

    private static void number(Worksheet sheet, int row, int column, @Nullable Double value) {
        if (value != null) {
            sheet.value(row, column, Math.round(value * 100) / 100.0);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
