package org.educloud.equity.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.equity.BalanceReport;
import org.educloud.equity.BasicIndicator;
import org.educloud.equity.DifferenceCoefficient;
import org.educloud.equity.QualityIndicator;
import org.educloud.equity.Verdict;
import org.educloud.tenancy.Stage;

/**
 * The balance report as a workbook for a bureau's own analysis: a summary line per district and stage (the overall
 * verdict, the seven 2017 and the eight 2012 coefficients), every judged school's indicators (those under the
 * minimum marked; small teaching points marked as not in the coefficients), the schools not counted and why, and
 * the method. Figures are unrounded numbers, not text, shown with as many decimals as their verdict needs, so they
 * can be sorted and charted in the spreadsheet.
 */
final class BalanceWorkbook {

    private static final String BELOW_FILL = "FFC7CE";
    private static final String BELOW_FONT = "9C0006";
    private static final String HEADER_FILL = "DDEBF7";

    private final ReportText text;

    BalanceWorkbook(ReportText text) {
        this.text = text;
    }

    void write(CountyReport report, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "EduCloud", "1.0");
        summary(workbook.newWorksheet(text.get("equity.export.sheet.summary")), report);
        schools(workbook.newWorksheet(text.get("equity.export.sheet.schools")), report);
        notCounted(workbook.newWorksheet(text.get("equity.export.sheet.notCounted")), report);
        method(workbook.newWorksheet(text.get("equity.export.sheet.method")));
        workbook.finish();
    }

    private void summary(Worksheet sheet, CountyReport report) {
        sheet.value(0, 0, text.get("equity.export.title", report.orgName(), report.schoolYear()));
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.value(1, 0, text.get("equity.export.generated", text.time(report.generatedAt()), report.requestedBy()));
        sheet.value(2, 0, report.complete() ? text.get("equity.export.complete")
                : text.get("equity.export.incompleteNote"));
        if (!report.complete()) {
            sheet.style(2, 0).fontColor(BELOW_FONT).bold().set();
        }
        List<String> headers = new ArrayList<>(List.of(text.get("equity.field.district"),
                text.get("equity.field.stage"), text.get("equity.export.overall"), text.get("equity.export.counted"),
                text.get("equity.export.complying"), text.get("equity.export.missing"),
                text.get("equity.export.excluded")));
        for (QualityIndicator indicator : QualityIndicator.values()) {
            headers.add(text.get("equity.export.cvOf", text.get("equity.indicator.short." + indicator)));
        }
        headers.addAll(List.of(text.get("equity.export.qualityComposite"), text.get("equity.balance.threshold"),
                text.get("equity.export.qualityWithin")));
        for (BasicIndicator indicator : BasicIndicator.values()) {
            headers.add(text.get("equity.export.basicCvOf", text.get("equity.basic." + indicator)));
        }
        headers.addAll(List.of(text.get("equity.export.basicComposite"), text.get("equity.balance.threshold"),
                text.get("equity.export.basicWithin")));
        int row = 4;
        header(sheet, row, headers);
        for (CountyReport.Section section : report.sections()) {
            for (BalanceReport r : section.stages()) {
                row++;
                int c = 0;
                sheet.value(row, c++, section.districtName());
                sheet.value(row, c++, text.get("equity.stage." + r.stage()));
                String because = r.verdictUndecidedBecause();
                sheet.value(row, c++, text.get("equity.overall." + r.verdict())
                        + (because == null ? "" : "（" + text.get(because) + "）"));
                sheet.value(row, c++, r.schools().size());
                sheet.value(row, c++, r.complying());
                sheet.value(row, c++, r.missing().size());
                sheet.value(row, c++, r.excluded().size());
                for (QualityIndicator indicator : QualityIndicator.values()) {
                    DifferenceCoefficient cv = r.quality().get(indicator);
                    coefficient(sheet, row, c++, cv, r.qualityThreshold());
                }
                coefficient(sheet, row, c++, r.qualityComposite(), false, 4);
                sheet.value(row, c++, r.qualityThreshold());
                sheet.value(row, c++, text.get("equity.verdict." + r.qualityVerdict()));
                for (BasicIndicator indicator : BasicIndicator.values()) {
                    DifferenceCoefficient cv = r.basic().get(indicator);
                    if (cv.defined()) {
                        coefficient(sheet, row, c++, cv.value(), false, 4);
                    } else {
                        sheet.value(row, c++, undefined(cv));
                    }
                }
                coefficient(sheet, row, c++, r.basicComposite(), !r.basicWithin(), r.basicComposite() == null ? 4
                        : Decimals.placesAtMost(r.basicComposite(), r.basicThreshold(), 4));
                sheet.value(row, c++, r.basicThreshold());
                sheet.value(row, c, text.get("equity.verdict." + r.basicVerdict()));
            }
        }
        sheet.freezePane(2, 5);
        sheet.width(0, 22);
    }

    private void schools(Worksheet sheet, CountyReport report) {
        List<String> headers = new ArrayList<>(List.of(text.get("equity.field.district"),
                text.get("equity.field.stage"), text.get("equity.field.school"), text.get("equity.export.locality"),
                text.get("equity.export.teachingPoint"), text.get("equity.field.students")));
        for (QualityIndicator indicator : QualityIndicator.values()) {
            headers.add(text.get("equity.indicator." + indicator));
        }
        headers.addAll(List.of(text.get("equity.balance.met"), text.get("equity.balance.complies"),
                text.get("equity.balance.notInCoefficients")));
        for (BasicIndicator indicator : BasicIndicator.values()) {
            headers.add(text.get("equity.basic." + indicator));
        }
        header(sheet, 0, headers);
        int row = 0;
        for (CountyReport.Section section : report.sections()) {
            for (BalanceReport r : section.stages()) {
                for (BalanceReport.SchoolBalance school : r.judgedLines()) {
                    row++;
                    int c = 0;
                    sheet.value(row, c++, section.districtName());
                    sheet.value(row, c++, text.get("equity.stage." + r.stage()));
                    sheet.value(row, c++, school.name());
                    sheet.value(row, c++, text.get("tenancy.locality." + school.locality()));
                    sheet.value(row, c++, text.yesNo(school.teachingPoint()));
                    sheet.value(row, c++, school.students());
                    for (QualityIndicator indicator : QualityIndicator.values()) {
                        double value = school.quality().get(indicator);
                        sheet.value(row, c, value);
                        var style = sheet.style(row, c++).format(pattern(
                                Decimals.placesAtLeast(value, r.minimum(indicator), 2)));
                        if (value < r.minimum(indicator)) {
                            style.fillColor(BELOW_FILL).fontColor(BELOW_FONT);
                        }
                        style.set();
                    }
                    sheet.value(row, c++, school.indicatorsMet());
                    sheet.value(row, c, text.yesNo(school.complies()));
                    if (!school.complies()) {
                        sheet.style(row, c).fontColor(BELOW_FONT).bold().set();
                    }
                    c++;
                    sheet.value(row, c++, r.schools().contains(school) ? ""
                            : text.get("equity.balance.notInCoefficients"));
                    for (BasicIndicator indicator : BasicIndicator.values()) {
                        sheet.value(row, c, school.basic().get(indicator));
                        sheet.style(row, c++).format("0.00").set();
                    }
                }
            }
        }
        sheet.freezePane(3, 1);
        sheet.width(0, 16);
        sheet.width(2, 28);
        if (row > 0) {
            sheet.setAutoFilter(0, 0, row, headers.size() - 1);
        }
    }

    private void notCounted(Worksheet sheet, CountyReport report) {
        header(sheet, 0, List.of(text.get("equity.field.district"), text.get("equity.field.stage"),
                text.get("equity.field.school"), text.get("equity.export.why"), text.get("equity.field.students")));
        int row = 0;
        for (CountyReport.Section section : report.sections()) {
            for (BalanceReport r : section.stages()) {
                for (BalanceReport.Missing missing : r.missing()) {
                    row++;
                    sheet.value(row, 0, section.districtName());
                    sheet.value(row, 1, text.get("equity.stage." + r.stage()));
                    sheet.value(row, 2, missing.name());
                    sheet.value(row, 3, text.get("equity.export.missingBecause", text.get("equity.status."
                            + (missing.status() == null ? "NONE" : missing.status().name()))));
                }
                for (BalanceReport.Excluded excluded : r.excluded()) {
                    row++;
                    sheet.value(row, 0, section.districtName());
                    sheet.value(row, 1, text.get("equity.stage." + r.stage()));
                    sheet.value(row, 2, excluded.name());
                    sheet.value(row, 3, text.get(excluded.reason(), excluded.students()));
                    sheet.value(row, 4, excluded.students());
                }
            }
        }
        sheet.width(2, 28);
        sheet.width(3, 50);
    }

    private void method(Worksheet sheet) {
        header(sheet, 0, List.of(text.get("equity.balance.indicator"), text.get("equity.export.minimumOf",
                text.get("equity.stage.PRIMARY")), text.get("equity.export.minimumOf", text.get("equity.stage.JUNIOR"))));
        int row = 0;
        for (QualityIndicator indicator : QualityIndicator.values()) {
            row++;
            sheet.value(row, 0, text.get("equity.indicator." + indicator));
            sheet.value(row, 1, indicator.minimum(Stage.PRIMARY));
            sheet.value(row, 2, indicator.minimum(Stage.JUNIOR));
        }
        row += 2;
        for (String note : List.of("equity.export.method.cv", "equity.export.method.compliance",
                "equity.export.method.basic", "equity.export.method.missing")) {
            sheet.value(row++, 0, text.get(note));
        }
        sheet.width(0, 60);
        sheet.width(1, 14);
        sheet.width(2, 14);
    }

    private static void header(Worksheet sheet, int row, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(row, c, headers.get(c));
            sheet.style(row, c).bold().fillColor(HEADER_FILL).wrapText(true).verticalAlignment("center").set();
        }
    }

    private void coefficient(Worksheet sheet, int row, int column, DifferenceCoefficient cv, double threshold) {
        if (!cv.defined()) {
            sheet.value(row, column, undefined(cv));
            return;
        }
        coefficient(sheet, row, column, cv.value(), cv.verdict(threshold) == Verdict.NOT_MET,
                Decimals.placesAtMost(cv.value(), threshold, 4));
    }

    private String undefined(DifferenceCoefficient cv) {
        return text.get("equity.balance.cannotJudge", text.get("equity.undefined." + cv.undefinedBecause()));
    }

    private static String pattern(int places) {
        return "0." + "0".repeat(places);
    }

    private static void coefficient(Worksheet sheet, int row, int column, Double value, boolean beyond, int places) {
        if (value == null) {
            sheet.value(row, column, "—");
            return;
        }
        sheet.value(row, column, value);
        var style = sheet.style(row, column).format(pattern(places));
        if (beyond) {
            style.fillColor(BELOW_FILL).fontColor(BELOW_FONT);
        }
        style.set();
    }
}
