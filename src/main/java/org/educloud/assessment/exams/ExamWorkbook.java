package org.educloud.assessment.exams;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.shared.Scope;
import org.educloud.shared.SpreadsheetCells;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An exam's analysis as a workbook, exactly what the page shows the same reader: the figures of the grade and each
 * class per subject and total, the students' lines with ranks, the bands, and the change since the previous exam.
 * Figures are numbers (not text), so a teacher can sort and chart them.
 */
@Controller
class ExamWorkbook {

    private final ScoreAnalysis analysis;
    private final MessageSource messages;

    ExamWorkbook(ScoreAnalysis analysis, MessageSource messages) {
        this.analysis = analysis;
        this.messages = messages;
    }

    @GetMapping("/assessment/exams/{examId}/analysis.xlsx")
    void workbook(Scope scope, @PathVariable long examId, Locale locale, HttpServletResponse response)
            throws IOException {
        ExamReport report = analysis.report(scope, examId);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"score-analysis.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(report.exam().name() + "成绩分析.xlsx", StandardCharsets.UTF_8));
        try (OutputStream out = response.getOutputStream()) {
            Workbook workbook = new Workbook(out, "EduCloud", "1.0");
            figures(workbook.newWorksheet(text(locale, "assessment.exam.sheet.figures")), report, locale);
            students(workbook.newWorksheet(text(locale, "assessment.exam.sheet.students")), report, locale);
            bands(workbook.newWorksheet(text(locale, "assessment.exam.sheet.bands")), report, locale);
            if (!report.changes().isEmpty()) {
                changes(workbook.newWorksheet(text(locale, "assessment.exam.sheet.change")), report, locale);
            }
            workbook.finish();
        }
    }

    private void figures(Worksheet sheet, ExamReport report, Locale locale) {
        String[] keys = {"group", "subject", "sat", "absent", "mean", "median", "highest", "lowest", "sd", "passRate",
                "excellentRate"};
        for (int c = 0; c < keys.length; c++) {
            sheet.value(0, c, text(locale, "assessment.exam." + keys[c]));
            sheet.style(0, c).bold().set();
        }
        int row = 1;
        List<ExamReport.Group> groups = new ArrayList<>();
        groups.add(report.grade());
        groups.addAll(report.classes());
        for (ExamReport.Group group : groups) {
            for (int i = 0; i < report.columns().size(); i++) {
                ExamReport.Column column = report.columns().get(i);
                ScoreSummary s = group.figures().get(i);
                sheet.value(row, 0, group.classId() == 0 ? text(locale, "assessment.exam.grade")
                        : SpreadsheetCells.safe(group.name()));
                sheet.value(row, 1, column.total() ? text(locale, "assessment.exam.total")
                        : SpreadsheetCells.safe(column.subject()));
                sheet.value(row, 2, s.sat());
                sheet.value(row, 3, s.absent());
                Double[] values = {s.mean(), s.median(), s.highest(), s.lowest(), s.standardDeviation()};
                for (int v = 0; v < values.length; v++) {
                    number(sheet, row, 4 + v, values[v], "0.00");
                }
                number(sheet, row, 9, s.passRate(), "0.0%");
                number(sheet, row, 10, s.excellentRate(), "0.0%");
                row++;
            }
        }
        sheet.width(0, 16);
    }

    private void students(Worksheet sheet, ExamReport report, Locale locale) {
        List<String> heads = new ArrayList<>(List.of(text(locale, "assessment.exam.class"),
                text(locale, "assessment.exam.student")));
        report.exam().subjectNames().forEach(heads::add);
        heads.add(text(locale, "assessment.exam.total"));
        if (report.ranksShown()) {
            heads.add(text(locale, "assessment.exam.classRank"));
            heads.add(text(locale, "assessment.exam.gradeRank"));
        }
        for (int c = 0; c < heads.size(); c++) {
            sheet.value(0, c, SpreadsheetCells.safe(heads.get(c)));
            sheet.style(0, c).bold().set();
        }
        int row = 1;
        for (ExamReport.StudentLine line : report.students()) {
            sheet.value(row, 0, SpreadsheetCells.safe(line.className()));
            sheet.value(row, 1, SpreadsheetCells.safe(line.name()));
            int c = 2;
            for (String score : line.scores()) {
                if (score.isEmpty() || score.equals(ScoreCell.ABSENT)) {
                    sheet.value(row, c++, score);
                } else {
                    sheet.value(row, c++, Double.parseDouble(score));
                }
            }
            number(sheet, row, c++, line.total(), "0.0");
            if (report.ranksShown()) {
                number(sheet, row, c++, line.classRank() == null ? null : line.classRank().doubleValue(), "0");
                number(sheet, row, c, line.gradeRank() == null ? null : line.gradeRank().doubleValue(), "0");
            }
            row++;
        }
        sheet.width(0, 16);
    }

    private void bands(Worksheet sheet, ExamReport report, Locale locale) {
        sheet.value(0, 0, text(locale, "assessment.exam.subject"));
        sheet.value(0, 1, text(locale, "assessment.exam.band"));
        sheet.value(0, 2, text(locale, "assessment.exam.students"));
        int row = 1;
        for (int i = 0; i < report.columns().size(); i++) {
            ExamReport.Column column = report.columns().get(i);
            for (Band band : report.grade().figures().get(i).bands()) {
                sheet.value(row, 0, column.total() ? text(locale, "assessment.exam.total")
                        : SpreadsheetCells.safe(column.subject()));
                sheet.value(row, 1, ScoreCell.number(band.from()) + "–" + ScoreCell.number(band.to()));
                sheet.value(row, 2, band.students());
                row++;
            }
        }
    }

    private void changes(Worksheet sheet, ExamReport report, Locale locale) {
        String[] keys = {"group", "subject", "before", "now", "difference"};
        for (int c = 0; c < keys.length; c++) {
            sheet.value(0, c, text(locale, "assessment.exam.change." + keys[c]));
        }
        int row = 1;
        for (ExamReport.Change change : report.changes()) {
            sheet.value(row, 0, change.group().isEmpty() ? text(locale, "assessment.exam.grade")
                    : SpreadsheetCells.safe(change.group()));
            sheet.value(row, 1, SpreadsheetCells.safe(change.subject()));
            number(sheet, row, 2, change.before(), "0.0%");
            number(sheet, row, 3, change.now(), "0.0%");
            number(sheet, row, 4, change.difference(), "+0.0%;-0.0%;0.0%");
            row++;
        }
    }

    private static void number(Worksheet sheet, int row, int column, @Nullable Double value, String format) {
        if (value == null) {
            sheet.value(row, column, "—");
        } else {
            sheet.value(row, column, value);
            sheet.style(row, column).format(format).set();
        }
    }

    private String text(Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }
}
