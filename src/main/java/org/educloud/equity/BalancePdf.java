package org.educloud.equity;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.educloud.equity.PdfSheet.Bars;
import org.educloud.equity.PdfSheet.Cell;
import org.educloud.equity.PdfSheet.Column;

/**
 * The balance report as a printable document: for a region an overview of its districts first, then for each
 * district and stage the verdict, the coefficients against their threshold, one chart per indicator (schools by
 * their number in the table, bars under the minimum in red) and the school table, and the schools not counted.
 */
final class BalancePdf {

    private final ReportText text;
    private final ReportFont fonts;

    BalancePdf(ReportText text, ReportFont fonts) {
        this.text = text;
        this.fonts = fonts;
    }

    void write(CountyReport report, String language, Runnable afterSection, OutputStream out) throws IOException {
        String title = text.get("equity.export.title", report.orgName(), report.schoolYear());
        try (ReportFont.Loaded font = fonts.open(); PdfSheet pdf = new PdfSheet(font, title, language)) {
            pdf.heading(title, 16);
            pdf.line(text.get("equity.export.generated", text.time(report.generatedAt()), report.requestedBy()), 9, true);
            if (!report.complete()) {
                pdf.line(text.get("equity.export.incompleteNote"), 9, PdfSheet.BAD);
            }
            if (report.sections().size() > 1) {
                overview(pdf, report);
            }
            boolean opening = report.sections().size() == 1;
            for (CountyReport.Section section : report.sections()) {
                for (BalanceReport stage : section.stages()) {
                    if (!opening) {
                        pdf.newPage();
                    }
                    opening = false;
                    stage(pdf, section.districtName(), stage);
                }
                afterSection.run();
            }
            pdf.save(title, out);
        }
    }

    private void overview(PdfSheet pdf, CountyReport report) throws IOException {
        pdf.heading(text.get("equity.export.overview"), 12);
        List<Column> columns = List.of(new Column(text.get("equity.field.district"), 3, false),
                new Column(text.get("equity.field.stage"), 1.2f, false),
                new Column(text.get("equity.export.counted"), 1.2f, true),
                new Column(text.get("equity.export.complying"), 1.2f, true),
                new Column(text.get("equity.export.missing"), 1.2f, true),
                new Column(text.get("equity.export.largestCv"), 1.6f, true),
                new Column(text.get("equity.export.qualityWithin"), 1.6f, false),
                new Column(text.get("equity.export.basicComposite"), 1.8f, true),
                new Column(text.get("equity.export.basicWithin"), 1.6f, false));
        List<BalanceReport> reports = report.reports();
        List<String> names = report.sections().stream()
                .flatMap(s -> s.stages().stream().map(r -> s.districtName())).toList();
        pdf.table(columns, reports.size(), i -> {
            BalanceReport r = reports.get(i);
            Double largest = r.quality().values().stream().allMatch(DifferenceCoefficient::defined)
                    && !r.quality().isEmpty() ? r.quality().values().stream()
                    .mapToDouble(DifferenceCoefficient::value).max().orElseThrow() : null;
            return List.of(Cell.of(names.get(i)), Cell.of(text.get("equity.stage." + r.stage())),
                    Cell.of(String.valueOf(r.schools().size())), Cell.of(String.valueOf(r.complying())),
                    new Cell(String.valueOf(r.missing().size()), r.missing().isEmpty() ? null : PdfSheet.BAD),
                    Cell.of(text.decimal(largest, 4)), verdict(r.qualityWithin()),
                    Cell.of(text.decimal(r.basicComposite(), 4)), verdict(r.basicWithin()));
        });
    }

    private void stage(PdfSheet pdf, String district, BalanceReport r) throws IOException {
        pdf.heading(text.get("equity.export.stageHeading", district, text.get("equity.stage." + r.stage()),
                r.schoolYear()), 14);
        if (!r.complete()) {
            pdf.line(text.get("equity.balance.incomplete", r.missing().size()), 9, PdfSheet.BAD);
        }
        if (r.schools().isEmpty()) {
            pdf.line(text.get("equity.balance.noSchools"), 10, true);
            notCounted(pdf, r);
            return;
        }
        pdf.line(text.get("equity.export.verdict", text.get(r.qualityWithin() ? "equity.balance.within"
                        : "equity.balance.notWithin"), r.complying(), r.schools().size(),
                text.decimal(r.qualityComposite(), 4), text.decimal(r.basicComposite(), 4),
                text.yesNo(r.basicWithin())), 10, r.qualityWithin() ? PdfSheet.GOOD : PdfSheet.BAD);
        coefficients(pdf, r);
        pdf.charts(charts(r), 150);
        schools(pdf, r);
        notCounted(pdf, r);
    }

    private void coefficients(PdfSheet pdf, BalanceReport r) throws IOException {
        pdf.heading(text.get("equity.balance.coefficients"), 11);
        List<Column> columns = List.of(new Column(text.get("equity.balance.indicator"), 6, false),
                new Column(text.get("equity.balance.countyMean"), 1.4f, true),
                new Column(text.get("equity.balance.cv"), 1.4f, true),
                new Column(text.get("equity.balance.threshold"), 1.2f, true));
        List<QualityIndicator> indicators = List.of(QualityIndicator.values());
        pdf.table(columns, indicators.size(), i -> {
            DifferenceCoefficient cv = r.quality().get(indicators.get(i));
            return List.of(Cell.of(text.get("equity.indicator." + indicators.get(i))),
                    Cell.of(cv.students() == 0 ? "—" : text.decimal(cv.mean(), 2)),
                    new Cell(cv.defined() ? text.decimal(cv.value(), 4) : text.get("equity.balance.undefinedShort"),
                            cv.within(r.qualityThreshold()) ? PdfSheet.GOOD : PdfSheet.BAD),
                    Cell.of(text.decimal(r.qualityThreshold(), 2)));
        });
    }

    private List<Bars> charts(BalanceReport r) {
        List<Bars> charts = new ArrayList<>();
        List<String> numbers = IntStream.rangeClosed(1, r.schools().size()).mapToObj(String::valueOf).toList();
        List<@org.jspecify.annotations.Nullable Double> cvs = new ArrayList<>();
        r.quality().values().forEach(cv -> cvs.add(cv.value()));
        charts.add(new Bars(text.get("equity.balance.coefficients"), cvs, List.of(QualityIndicator.values()).stream()
                .map(i -> text.get("equity.indicator.short." + i)).toList(), r.qualityThreshold(), true,
                text.get("equity.balance.threshold")));
        for (QualityIndicator indicator : QualityIndicator.values()) {
            List<@org.jspecify.annotations.Nullable Double> values = new ArrayList<>();
            r.schools().forEach(s -> values.add(s.quality().get(indicator)));
            charts.add(new Bars(text.get("equity.indicator." + indicator), values, numbers, r.minimum(indicator),
                    false, text.get("equity.balance.minimum")));
        }
        return charts;
    }

    private void schools(PdfSheet pdf, BalanceReport r) throws IOException {
        pdf.heading(text.get("equity.balance.compliance"), 11);
        List<Column> columns = new ArrayList<>(List.of(new Column("#", 0.6f, true),
                new Column(text.get("equity.field.school"), 4, false),
                new Column(text.get("equity.export.locality"), 1, false),
                new Column(text.get("equity.field.students"), 1.3f, true)));
        for (QualityIndicator indicator : QualityIndicator.values()) {
            columns.add(new Column(text.get("equity.indicator.short." + indicator), 1.3f, true));
        }
        columns.add(new Column(text.get("equity.balance.met"), 1, true));
        columns.add(new Column(text.get("equity.balance.complies"), 1, false));
        pdf.table(columns, r.schools().size(), i -> {
            BalanceReport.SchoolBalance s = r.schools().get(i);
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(String.valueOf(i + 1)), Cell.of(s.name()),
                    Cell.of(text.get("tenancy.locality." + s.locality())), Cell.of(String.valueOf(s.students()))));
            for (QualityIndicator indicator : QualityIndicator.values()) {
                double value = s.quality().get(indicator);
                cells.add(new Cell(text.decimal(value, 2), value < r.minimum(indicator) ? PdfSheet.BAD : null));
            }
            cells.add(Cell.of(String.valueOf(s.indicatorsMet())));
            cells.add(verdict(s.complies()));
            return cells;
        });
    }

    private void notCounted(PdfSheet pdf, BalanceReport r) throws IOException {
        if (r.missing().isEmpty() && r.excluded().isEmpty()) {
            return;
        }
        pdf.heading(text.get("equity.export.sheet.notCounted"), 11);
        List<Column> columns = List.of(new Column(text.get("equity.field.school"), 3, false),
                new Column(text.get("equity.export.why"), 7, false));
        int missing = r.missing().size();
        pdf.table(columns, missing + r.excluded().size(), i -> {
            if (i < missing) {
                BalanceReport.Missing m = r.missing().get(i);
                return List.of(Cell.of(m.name()), new Cell(text.get("equity.export.missingBecause",
                        text.get("equity.status." + (m.status() == null ? "NONE" : m.status().name()))),
                        PdfSheet.BAD));
            }
            BalanceReport.Excluded e = r.excluded().get(i - missing);
            return List.of(Cell.of(e.name()), Cell.of(text.get(e.reason(), e.students())));
        });
    }

    private Cell verdict(boolean good) {
        return new Cell(text.yesNo(good), good ? PdfSheet.GOOD : PdfSheet.BAD);
    }
}
