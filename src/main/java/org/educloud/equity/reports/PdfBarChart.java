package org.educloud.equity.reports;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.educloud.equity.reports.PdfSheet.Bars;
import org.jspecify.annotations.Nullable;

/** Draws a horizontal bar chart on a {@link PdfSheet}: its axis and ticks, bars, cut outliers, reference line, labels. */
final class PdfBarChart {

    private PdfBarChart() {
    }

    /**
     * Where a horizontal bar chart's parts go: the title on top, under it the reference line's label (above the
     * plot, so it never covers a bar), the names left of their bars, the axis ticks below.
     */
    record ChartLayout(float plotLeft, float plotRight, float plotBottom, float plotTop, float titleBaseline,
                       float lineLabelBaseline, float row) {

        static final float FRAME = 46;
        static final float ROW = 9;

        static ChartLayout of(float x, float y0, float w, float h, float labelWidth, float valueRoom, int bars) {
            float plotTop = y0 + h - 26;
            float plotBottom = y0 + 14;
            float row = bars == 0 ? plotTop - plotBottom : (plotTop - plotBottom) / bars;
            return new ChartLayout(x + labelWidth + 4, x + w - valueRoom, plotBottom, plotTop, y0 + h - 10,
                    plotTop + 4, row);
        }
    }

    /**
     * The axis's end: a little beyond the largest value and the reference line — unless one school lies far beyond
     * the others (past the upper quartile by three times the spread of the middle half), when the axis ends after
     * the others and that bar is cut at the end and marked with its value, so it does not flatten every other bar.
     */
    static double axisEnd(List<@Nullable Double> values, double line) {
        List<Double> sorted = values.stream().filter(v -> v != null).map(Double::doubleValue).sorted().toList();
        double limit = line * 1.15;
        if (sorted.isEmpty()) {
            return limit > 0 ? limit : 1;
        }
        double max = sorted.getLast();
        double end = Math.max(limit, max * 1.05);
        if (sorted.size() >= 4) {
            double q1 = quantile(sorted, 0.25);
            double q3 = quantile(sorted, 0.75);
            double fence = q3 + 3 * Math.max(q3 - q1, Math.abs(q3) * 0.25);
            if (max > fence) {
                double kept = sorted.stream().filter(v -> v <= fence).mapToDouble(Double::doubleValue).max()
                        .orElse(fence);
                end = Math.max(limit, kept * 1.15);
            }
        }
        return end > 0 ? end : 1;
    }

    private static double quantile(List<Double> sorted, double q) {
        double at = q * (sorted.size() - 1);
        int low = (int) Math.floor(at);
        int high = (int) Math.ceil(at);
        return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (at - low);
    }

    /** Draws {@code chart} in the box at ({@code x}, {@code y0}), {@code w} wide and {@code h} high. */
    static void draw(PdfSheet sheet, float x, float y0, float w, float h, Bars chart) throws IOException {
        PDPageContentStream cs = sheet.page();
        String title = sheet.fit(chart.title(), 9, w);
        int n = chart.values().size();
        double end = axisEnd(chart.values(), chart.line());
        boolean clipped = chart.values().stream().anyMatch(v -> v != null && v > end);
        float longest = 0;
        for (String label : chart.labels()) {
            longest = Math.max(longest, sheet.textWidth(label, 6));
        }
        ChartLayout at = ChartLayout.of(x, y0, w, h, Math.min(w * 0.34f, longest + 6), clipped ? 70 : 8, n);
        sheet.write(x + (w - sheet.textWidth(title, 9)) / 2, at.titleBaseline(), title, 9, PdfSheet.INK);
        float plotWidth = at.plotRight() - at.plotLeft();
        for (int t = 0; t <= 4; t++) {
            float tx = at.plotLeft() + plotWidth * t / 4;
            sheet.stroke(tx, at.plotBottom(), tx, at.plotTop(), PdfSheet.RULE, 0.4f, false);
            String label = tick(end * t / 4);
            sheet.write(tx - sheet.textWidth(label, 6) / 2, at.plotBottom() - 8, label, 6, PdfSheet.MUTED);
        }
        float labelSize = Math.min(6.5f, at.row() * 0.8f);
        for (int i = 0; i < n; i++) {
            Double value = chart.values().get(i);
            float top = at.plotTop() - at.row() * i;
            float barHeight = at.row() * 0.7f;
            float by = top - at.row() * 0.15f - barHeight;
            if (value != null && value > 0) {
                boolean beyond = chart.upperLimit() ? value > chart.line() : value < chart.line();
                float length = (float) (plotWidth * Math.min(value, end) / end);
                sheet.fill(at.plotLeft(), by, length, barHeight, beyond ? PdfSheet.BAD : PdfSheet.GOOD);
                if (value > end) {
                    // the cut: two white strokes across the bar's end, and the true value beside it
                    float cut = at.plotLeft() + length - 10;
                    sheet.stroke(cut, by - 1, cut + 3, by + barHeight + 1, Color.WHITE, 1.2f, false);
                    sheet.stroke(cut + 4, by - 1, cut + 7, by + barHeight + 1, Color.WHITE, 1.2f, false);
                    String note = tick(value) + " " + chart.lineLabelBeyond();
                    sheet.write(at.plotRight() + 3, by + barHeight / 2 - 2, sheet.fit(note, 6, 66), 6, PdfSheet.INK);
                }
            }
            if (i < chart.labels().size() && labelSize >= 3.5f) {
                String label = sheet.fit(chart.labels().get(i), labelSize, at.plotLeft() - x - 6);
                sheet.write(at.plotLeft() - 3 - sheet.textWidth(label, labelSize),
                        by + barHeight / 2 - labelSize * 0.35f, label, labelSize, PdfSheet.MUTED);
            }
        }
        float lx = at.plotLeft() + (float) (plotWidth * chart.line() / end);
        sheet.stroke(lx, at.plotBottom(), lx, at.plotTop() + 2, PdfSheet.INK, 0.8f, true);
        String lineText = chart.lineLabel() + " " + tick(chart.line());
        float textX = Math.max(at.plotLeft(),
                Math.min(lx - sheet.textWidth(lineText, 6) / 2, x + w - sheet.textWidth(lineText, 6)));
        sheet.write(textX, at.lineLabelBaseline(), lineText, 6, PdfSheet.INK);
        cs.setLineDashPattern(new float[0], 0);
    }

    private static String tick(double value) {
        if (value >= 100) {
            return String.valueOf(Math.round(value));
        }
        return value >= 10 ? String.format(java.util.Locale.ROOT, "%.1f", value)
                : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
