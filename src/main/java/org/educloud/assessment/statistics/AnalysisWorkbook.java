package org.educloud.assessment.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.assessment.analysis.Figure;
import org.educloud.assessment.analysis.ItemStatistics;
import org.educloud.assessment.analysis.KnowledgePointCell;
import org.educloud.assessment.analysis.OptionShare;
import org.educloud.assessment.analysis.TestStatistics;

/**
 * The item analysis as a workbook: the whole test, one row per item (difficulty, both discrimination indices,
 * flags), one row per option (distractor shares) and the class × knowledge-point score rates. Figures are numbers
 * (not text) so a teacher can sort and chart them.
 */
final class AnalysisWorkbook {

    /** Message lookup in the reader's language. */
    interface Text {
        String get(String key, Object... args);
    }

    private final Text text;

    AnalysisWorkbook(Text text) {
        this.text = text;
    }

    void write(QuizAnalysis.Report report, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "EduCloud", "1.0");
        test(workbook.newWorksheet(text.get("assessment.analysis.sheet.test")), report);
        items(workbook.newWorksheet(text.get("assessment.analysis.sheet.items")), report);
        options(workbook.newWorksheet(text.get("assessment.analysis.sheet.options")), report);
        points(workbook.newWorksheet(text.get("assessment.analysis.sheet.points")), report);
        workbook.finish();
    }

    private void test(Worksheet sheet, QuizAnalysis.Report report) {
        TestStatistics t = report.analysis().test();
        sheet.value(0, 0, report.quiz().title());
        String[][] rows = {
                {"assessment.analysis.students"}, {"assessment.analysis.items"}, {"assessment.analysis.maxTotal"},
                {"assessment.analysis.mean"}, {"assessment.analysis.sd"}, {"assessment.analysis.alpha"},
                {"assessment.analysis.kr20"}, {"assessment.analysis.sem"}, {"assessment.analysis.ungraded"}};
        Object[] values = {t.students(), t.items(), t.maxTotal(), t.mean(), t.standardDeviation(), t.alpha(), t.kr20(),
                t.standardError(), report.ungraded()};
        for (int i = 0; i < rows.length; i++) {
            sheet.value(i + 2, 0, text.get(rows[i][0]));
            cell(sheet, i + 2, 1, values[i]);
        }
        sheet.width(0, 28);
    }

    private void items(Worksheet sheet, QuizAnalysis.Report report) {
        header(sheet, List.of("assessment.analysis.number", "assessment.analysis.item", "assessment.analysis.answered",
                "assessment.analysis.difficulty", "assessment.analysis.pointBiserial", "assessment.analysis.d",
                "assessment.analysis.grade", "assessment.analysis.flags"));
        int row = 1;
        for (ItemStatistics item : report.analysis().items()) {
            sheet.value(row, 0, report.itemNumbers().get(item.itemId()));
            sheet.value(row, 1, report.itemLabels().get(item.itemId()));
            sheet.value(row, 2, item.answered());
            cell(sheet, row, 3, item.difficulty());
            cell(sheet, row, 4, item.itemRestCorrelation());
            cell(sheet, row, 5, item.upperLowerIndex());
            sheet.value(row, 6, item.grade().map(g -> text.get("assessment.analysis.grade." + g)).orElse("—"));
            sheet.value(row, 7, String.join("；", item.flags().stream()
                    .map(f -> text.get("assessment.analysis.flag." + f)).toList()));
            row++;
        }
        sheet.width(1, 40);
    }

    private void options(Worksheet sheet, QuizAnalysis.Report report) {
        header(sheet, List.of("assessment.analysis.number", "assessment.analysis.option", "assessment.analysis.key",
                "assessment.analysis.chosenBy", "assessment.analysis.share", "assessment.analysis.upper",
                "assessment.analysis.lower"));
        int row = 1;
        for (ItemStatistics item : report.analysis().items()) {
            for (OptionShare option : item.options()) {
                sheet.value(row, 0, report.itemNumbers().get(item.itemId()));
                sheet.value(row, 1, option.option());
                sheet.value(row, 2, option.key() ? "✓" : "");
                sheet.value(row, 3, option.chosenBy());
                cell(sheet, row, 4, option.share());
                cell(sheet, row, 5, option.upperShare());
                cell(sheet, row, 6, option.lowerShare());
                row++;
            }
        }
    }

    private void points(Worksheet sheet, QuizAnalysis.Report report) {
        sheet.value(0, 0, text.get("assessment.analysis.class"));
        List<Long> kps = report.table().knowledgePoints();
        for (int c = 0; c < kps.size(); c++) {
            sheet.value(0, c + 1, report.pointNames().getOrDefault(kps.get(c), "#" + kps.get(c)));
        }
        int row = 1;
        for (long group : report.table().groups()) {
            sheet.value(row, 0, report.classNames().getOrDefault(group, "#" + group));
            for (int c = 0; c < kps.size(); c++) {
                var cell = report.table().cell(group, kps.get(c));
                if (cell.isPresent()) {
                    sheet.value(row, c + 1, cell.map(KnowledgePointCell::scoreRate).orElseThrow());
                    sheet.style(row, c + 1).format("0.0%").set();
                }
            }
            row++;
        }
        sheet.width(0, 16);
    }

    private void header(Worksheet sheet, List<String> keys) {
        for (int c = 0; c < keys.size(); c++) {
            sheet.value(0, c, text.get(keys.get(c)));
            sheet.style(0, c).bold().set();
        }
    }

    private void cell(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof Figure figure) {
            if (figure.defined()) {
                sheet.value(row, column, figure.orElseThrow());
                sheet.style(row, column).format("0.000").set();
            } else {
                sheet.value(row, column, text.get("assessment.analysis.undefined." + figure.undefinedBecause()));
            }
        } else if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else {
            sheet.value(row, column, String.valueOf(value));
        }
    }
}
