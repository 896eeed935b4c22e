package org.educloud.equity.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.educloud.equity.BalanceReport;
import org.educloud.equity.BasicIndicator;
import org.educloud.equity.DifferenceCoefficient;
import org.educloud.equity.QualityIndicator;
import org.educloud.equity.Verdict;
import org.educloud.equity.reports.PdfSheet.Bars;
import org.educloud.equity.reports.PdfSheet.Cell;
import org.educloud.equity.reports.PdfSheet.Column;

/**
 * The balance report as a printable document: for a region an overview of its districts first, then for each
 * district and stage the method's overall verdict, the seven coefficients against their threshold and the eight
 * 2012 coefficients, one chart per indicator (each bar named, bars under the minimum in red, a far outlier cut at
 * the axis's end and marked) and the school table, and the schools not counted.
 */
final class BalancePdf {

    private final ReportText text;
    private final ReportFont fonts;
    private final int teachingPointMinimum;

    BalancePdf(ReportText text, ReportFont fonts, int teachingPointMinimum) {
        this.text = text;
        this.fonts = fonts;
        this.teachingPointMinimum = teachingPointMinimum;
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
                new Column(text.get("equity.export.overall"), 2.4f, false),
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
                    new Cell(text.get("equity.overall." + r.verdict()), color(r.verdict())),
                    Cell.of(String.valueOf(r.schools().size())), Cell.of(String.valueOf(r.complying())),
                    new Cell(String.valueOf(r.missing().size()), r.missing().isEmpty() ? null : PdfSheet.BAD),
                    Cell.of(text.decimal(largest, 4)), verdict(r.qualityVerdict()),
                    Cell.of(text.decimal(r.basicComposite(), 4)), verdict(r.basicVerdict()));
        });
    }

    private void stage(PdfSheet pdf, String district, BalanceReport r) throws IOException {
        pdf.heading(text.get("equity.export.stageHeading", district, text.get("equity.stage." + r.stage()),
                r.schoolYear()), 14);
        if (!r.complete()) {
            pdf.line(incomplete(r), 9, PdfSheet.BAD);
        }
        String overall = text.get("equity.overall." + r.verdict());
        String because = r.verdictUndecidedBecause();
        pdf.line(text.get("equity.export.overall") + "：" + overall
                        + (because == null ? "" : "（" + text.get(because) + "）"), 11,
                r.verdict() == Verdict.MET ? PdfSheet.GOOD : r.verdict() == Verdict.NOT_MET ? PdfSheet.BAD : PdfSheet.WARN);
        pdf.line(text.get("equity.overall.rule", text.decimal(r.qualityThreshold(), 2)), 8, true);
        if (r.schools().isEmpty()) {
            pdf.line(text.get("equity.balance.noSchools"), 10, true);
            notCounted(pdf, r);
            return;
        }
        pdf.line(text.get("equity.export.verdict", text.get("equity.balance.quality" + r.qualityVerdict()),
                r.complying(), r.schools().size(), text.decimal(r.qualityComposite(), 4),
                text.decimal(r.basicComposite(), 4), text.get("equity.verdict." + r.basicVerdict())), 9, false);
        if (!r.judgedApart().isEmpty()) {
            pdf.line(text.get("equity.balance.teachingPoints", r.judgedApart().size(), r.judgedApartComplying(),
                    teachingPointMinimum), 9, true);
        }
        coefficients(pdf, r);
        basicCoefficients(pdf, r);
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
                    coefficient(cv, r.qualityThreshold()),
                    Cell.of(text.decimal(r.qualityThreshold(), 2)));
        });
    }

    /** The eight 2012 coefficients, whose mean is the basic-balance composite. */
    private void basicCoefficients(PdfSheet pdf, BalanceReport r) throws IOException {
        pdf.heading(text.get("equity.export.basicCoefficients"), 11);
        List<Column> columns = List.of(new Column(text.get("equity.balance.indicator"), 6, false),
                new Column(text.get("equity.balance.countyMean"), 1.4f, true),
                new Column(text.get("equity.balance.cv"), 1.4f, true),
                new Column(text.get("equity.balance.threshold"), 1.2f, true));
        List<BasicIndicator> indicators = List.of(BasicIndicator.values());
        pdf.table(columns, indicators.size() + 1, i -> {
            if (i == indicators.size()) {
                return List.of(Cell.of(text.get("equity.export.basicComposite")), Cell.of(""),
                        new Cell(Decimals.atMost(r.basicComposite(), r.basicThreshold()),
                                color(r.basicVerdict())),
                        Cell.of(text.decimal(r.basicThreshold(), 2)));
            }
            DifferenceCoefficient cv = r.basic().get(indicators.get(i));
            return List.of(Cell.of(text.get("equity.basic." + indicators.get(i))),
                    Cell.of(cv.students() == 0 ? "—" : text.decimal(cv.mean(), 2)),
                    cv.defined() ? Cell.of(text.decimal(cv.value(), 4)) : undefined(cv),
                    Cell.of(text.get("equity.balance.inComposite")));
        });
    }

    private Cell coefficient(DifferenceCoefficient cv, double threshold) {
        if (!cv.defined()) {
            return undefined(cv);
        }
        return new Cell(Decimals.atMost(cv.value(), threshold), color(cv.verdict(threshold)));
    }

    private Cell undefined(DifferenceCoefficient cv) {
        return new Cell(text.get("equity.balance.cannotJudge", text.get("equity.undefined." + cv.undefinedBecause())),
                PdfSheet.WARN);
    }

    /** "数据不完整" with the schools it means, at most a handful by name. */
    private String incomplete(BalanceReport r) {
        int shown = Math.min(r.missing().size(), 6);
        String names = String.join("、", r.missing().subList(0, shown).stream().map(BalanceReport.Missing::name)
                .toList()) + (r.missing().size() > shown ? text.get("equity.export.andMore") : "");
        return text.get("equity.export.incompleteSchools", r.missing().size(), names);
    }

    private List<Bars> charts(BalanceReport r) {
        List<Bars> charts = new ArrayList<>();
        List<String> names = r.schools().stream().map(BalanceReport.SchoolBalance::name).toList();
        String beyond = text.get("equity.export.beyondAxis");
        List<@org.jspecify.annotations.Nullable Double> cvs = new ArrayList<>();
        r.quality().values().forEach(cv -> cvs.add(cv.value()));
        charts.add(new Bars(text.get("equity.balance.coefficients"), cvs, List.of(QualityIndicator.values()).stream()
                .map(i -> text.get("equity.indicator.short." + i)).toList(), r.qualityThreshold(), true,
                text.get("equity.balance.threshold"), beyond));
        for (QualityIndicator indicator : QualityIndicator.values()) {
            List<@org.jspecify.annotations.Nullable Double> values = new ArrayList<>();
            r.schools().forEach(s -> values.add(s.quality().get(indicator)));
            charts.add(new Bars(text.get("equity.indicator." + indicator), values, names, r.minimum(indicator),
                    false, text.get("equity.balance.minimum"), beyond));
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
        List<BalanceReport.SchoolBalance> lines = r.judgedLines();
        pdf.table(columns, lines.size(), i -> {
            BalanceReport.SchoolBalance s = lines.get(i);
            String name = i < r.schools().size() ? s.name()
                    : s.name() + "（" + text.get("equity.balance.notInCoefficients") + "）";
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(String.valueOf(i + 1)), Cell.of(name),
                    Cell.of(text.get("tenancy.locality." + s.locality())), Cell.of(String.valueOf(s.students()))));
            for (QualityIndicator indicator : QualityIndicator.values()) {
                double value = s.quality().get(indicator);
                cells.add(new Cell(Decimals.atLeast(value, r.minimum(indicator)),
                        value < r.minimum(indicator) ? PdfSheet.BAD : null));
            }
            cells.add(Cell.of(String.valueOf(s.indicatorsMet())));
            cells.add(verdict(s.complies() ? Verdict.MET : Verdict.NOT_MET));
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

    private Cell verdict(Verdict verdict) {
        return new Cell(text.get("equity.verdict." + verdict), color(verdict));
    }

    private static java.awt.Color color(Verdict verdict) {
        return switch (verdict) {
            case MET -> PdfSheet.GOOD;
            case NOT_MET -> PdfSheet.BAD;
            case CANNOT_BE_JUDGED -> PdfSheet.WARN;
        };
    }
}
