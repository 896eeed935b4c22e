package org.educloud.equity;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * A landscape A4 document written top to bottom: headings, lines of text, tables that carry their header over to
 * the next page, and bar charts with a reference line, all in one embedded (subset) CJK font. Characters the font
 * lacks are drawn as "?" rather than failing the whole report.
 */
final class PdfSheet implements AutoCloseable {

    static final Color GOOD = new Color(0x2e, 0x7d, 0x5b);
    static final Color BAD = new Color(0xc0, 0x39, 0x2b);
    /** Neither good nor bad: what cannot be judged. */
    static final Color WARN = new Color(0x9a, 0x67, 0x00);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x66, 0x66, 0x66);
    private static final Color RULE = new Color(0xcc, 0xcc, 0xcc);
    private static final Color HEADER = new Color(0xdd, 0xeb, 0xf7);
    private static final Color SHADE = new Color(0xf5, 0xf7, 0xfa);
    private static final float MARGIN = 36;
    private static final float FOOTER = 24;

    /** A table column: its share of the width and whether its figures align right. */
    record Column(String title, float width, boolean figure) {
    }

    /** One table cell: its text and, when it should stand out, its colour. */
    record Cell(String text, @Nullable Color color) {
        static Cell of(String text) {
            return new Cell(text, null);
        }
    }

    /**
     * A horizontal bar chart: one bar per value (null: no bar) with its label beside it, against a reference line;
     * {@code lineLabelBeyond} marks a bar cut at the axis's end.
     */
    record Bars(String title, List<@Nullable Double> values, List<String> labels, double line, boolean upperLimit,
                String lineLabel, String lineLabelBeyond) {
    }

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private @Nullable PDPageContentStream page;
    private float y;

    PdfSheet(ReportFont.Loaded font, String title, String language) throws IOException {
        this.font = PDType0Font.load(document, font.font(), true);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("EduCloud");
        document.getDocumentCatalog().setLanguage(language);
        newPage();
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    /** A heading is kept with the first lines below it: it never stands alone at the foot of a page. */
    void heading(String text, float fontSize) throws IOException {
        room(fontSize * 2.2f + 60);
        y -= fontSize * 1.4f;
        write(MARGIN, y, text, fontSize, INK);
        y -= fontSize * 0.6f;
    }

    void line(String text, float fontSize, boolean muted) throws IOException {
        room(fontSize * 1.6f);
        y -= fontSize * 1.4f;
        write(MARGIN, y, fit(text, fontSize, width()), fontSize, muted ? MUTED : INK);
    }

    void line(String text, float fontSize, Color color) throws IOException {
        room(fontSize * 1.6f);
        y -= fontSize * 1.4f;
        write(MARGIN, y, fit(text, fontSize, width()), fontSize, color);
    }

    void gap(float points) throws IOException {
        room(points);
        y -= points;
    }

    /** Rows are asked for by index so a long table is not held twice; the header repeats on each page. */
    void table(List<Column> columns, int rows, IntFunction<List<Cell>> row) throws IOException {
        float fontSize = 8;
        float height = 14;
        float total = columns.stream().map(Column::width).reduce(0f, Float::sum);
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).width() / total * width();
        }
        tableHeader(columns, widths, fontSize, height);
        for (int r = 0; r < rows; r++) {
            if (y - height < MARGIN + FOOTER) {
                newPage();
                tableHeader(columns, widths, fontSize, height);
            }
            y -= height;
            if (r % 2 == 1) {
                fill(MARGIN, y, width(), height, SHADE);
            }
            List<Cell> cells = row.apply(r);
            float x = MARGIN;
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = cells.get(c);
                cell(x, widths[c], fontSize, cell.text(), cell.color() == null ? INK : cell.color(),
                        columns.get(c).figure());
                x += widths[c];
            }
        }
        rule(y);
        y -= 6;
    }

    /**
     * Charts side by side, two to a row. A row is as high as its longer chart needs for one readable line per bar
     * (at least {@code height}, at most a page), so every bar carries its name beside it.
     */
    void charts(List<Bars> charts, float height) throws IOException {
        float gap = 18;
        float chartWidth = (width() - gap) / 2;
        float usable = size.getHeight() - 2 * MARGIN - FOOTER - 10;
        for (int i = 0; i < charts.size(); i += 2) {
            int bars = Math.max(charts.get(i).values().size(),
                    i + 1 < charts.size() ? charts.get(i + 1).values().size() : 0);
            float rowHeight = Math.min(usable, Math.max(height, ChartLayout.FRAME + bars * ChartLayout.ROW));
            room(rowHeight + 8);
            y -= rowHeight + 8;
            bars(MARGIN, y, chartWidth, rowHeight, charts.get(i));
            if (i + 1 < charts.size()) {
                bars(MARGIN + chartWidth + gap, y, chartWidth, rowHeight, charts.get(i + 1));
            }
        }
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

    void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(size);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = size.getHeight() - MARGIN;
    }

    /** Numbers every page ("title · 3 / 12") and writes the document. */
    void save(String footer, OutputStream out) throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream stamp = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = fit(footer + " · " + (i + 1) + " / " + count, 7, width());
                stamp.beginText();
                stamp.setFont(font, 7);
                stamp.setNonStrokingColor(MUTED);
                stamp.newLineAtOffset(MARGIN, MARGIN / 2);
                stamp.showText(text);
                stamp.endText();
            }
        }
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        if (page != null) {
            page.close();
        }
        document.close();
    }

    private void tableHeader(List<Column> columns, float[] widths, float fontSize, float height) throws IOException {
        room(height * 3);
        y -= height + 4;
        fill(MARGIN, y, width(), height + 4, HEADER);
        float x = MARGIN;
        for (int c = 0; c < columns.size(); c++) {
            cell(x, widths[c], fontSize, columns.get(c).title(), INK, columns.get(c).figure());
            x += widths[c];
        }
    }

    private void cell(float x, float width, float fontSize, String text, Color color, boolean right)
            throws IOException {
        String shown = fit(text, fontSize, width - 6);
        float textWidth = textWidth(shown, fontSize);
        write(right ? x + width - 3 - textWidth : x + 3, y + 4, shown, fontSize, color);
    }

    private void bars(float x, float y0, float w, float h, Bars chart) throws IOException {
        PDPageContentStream cs = page();
        String title = fit(chart.title(), 9, w);
        int n = chart.values().size();
        double end = axisEnd(chart.values(), chart.line());
        boolean clipped = chart.values().stream().anyMatch(v -> v != null && v > end);
        float longest = 0;
        for (String label : chart.labels()) {
            longest = Math.max(longest, textWidth(label, 6));
        }
        ChartLayout at = ChartLayout.of(x, y0, w, h, Math.min(w * 0.34f, longest + 6), clipped ? 70 : 8, n);
        write(x + (w - textWidth(title, 9)) / 2, at.titleBaseline(), title, 9, INK);
        float plotWidth = at.plotRight() - at.plotLeft();
        for (int t = 0; t <= 4; t++) {
            float tx = at.plotLeft() + plotWidth * t / 4;
            stroke(tx, at.plotBottom(), tx, at.plotTop(), RULE, 0.4f, false);
            String label = tick(end * t / 4);
            write(tx - textWidth(label, 6) / 2, at.plotBottom() - 8, label, 6, MUTED);
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
                fill(at.plotLeft(), by, length, barHeight, beyond ? BAD : GOOD);
                if (value > end) {
                    // the cut: two white strokes across the bar's end, and the true value beside it
                    float cut = at.plotLeft() + length - 10;
                    stroke(cut, by - 1, cut + 3, by + barHeight + 1, Color.WHITE, 1.2f, false);
                    stroke(cut + 4, by - 1, cut + 7, by + barHeight + 1, Color.WHITE, 1.2f, false);
                    String note = tick(value) + " " + chart.lineLabelBeyond();
                    write(at.plotRight() + 3, by + barHeight / 2 - 2, fit(note, 6, 66), 6, INK);
                }
            }
            if (i < chart.labels().size() && labelSize >= 3.5f) {
                String label = fit(chart.labels().get(i), labelSize, at.plotLeft() - x - 6);
                write(at.plotLeft() - 3 - textWidth(label, labelSize), by + barHeight / 2 - labelSize * 0.35f, label,
                        labelSize, MUTED);
            }
        }
        float lx = at.plotLeft() + (float) (plotWidth * chart.line() / end);
        stroke(lx, at.plotBottom(), lx, at.plotTop() + 2, INK, 0.8f, true);
        String lineText = chart.lineLabel() + " " + tick(chart.line());
        float textX = Math.max(at.plotLeft(), Math.min(lx - textWidth(lineText, 6) / 2, x + w - textWidth(lineText, 6)));
        write(textX, at.lineLabelBaseline(), lineText, 6, INK);
        cs.setLineDashPattern(new float[0], 0);
    }

    private static String tick(double value) {
        if (value >= 100) {
            return String.valueOf(Math.round(value));
        }
        return value >= 10 ? String.format(java.util.Locale.ROOT, "%.1f", value)
                : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private void room(float needed) throws IOException {
        if (y - needed < MARGIN + FOOTER) {
            newPage();
        }
    }

    private void rule(float at) throws IOException {
        stroke(MARGIN, at, MARGIN + width(), at, RULE, 0.5f, false);
    }

    private void fill(float x, float y0, float w, float h, Color color) throws IOException {
        PDPageContentStream cs = page();
        cs.setNonStrokingColor(color);
        cs.addRect(x, y0, w, h);
        cs.fill();
    }

    private void stroke(float x1, float y1, float x2, float y2, Color color, float lineWidth, boolean dashed)
            throws IOException {
        PDPageContentStream cs = page();
        cs.setStrokingColor(color);
        cs.setLineWidth(lineWidth);
        cs.setLineDashPattern(dashed ? new float[] {3, 2} : new float[0], 0);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    private void write(float x, float y0, String text, float fontSize, Color color) throws IOException {
        PDPageContentStream cs = page();
        cs.beginText();
        cs.setFont(font, fontSize);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, y0);
        cs.showText(drawableText(text));
        cs.endText();
    }

    /** The text cut with "…" to fit {@code width}. */
    private String fit(String text, float fontSize, float width) throws IOException {
        String shown = drawableText(text);
        if (textWidth(shown, fontSize) <= width) {
            return shown;
        }
        int end = shown.length();
        while (end > 0 && textWidth(shown.substring(0, end) + "…", fontSize) > width) {
            end = shown.offsetByCodePoints(end, -1);
        }
        return shown.substring(0, end) + "…";
    }

    private float textWidth(String text, float fontSize) throws IOException {
        return font.getStringWidth(drawableText(text)) / 1000 * fontSize;
    }

    private String drawableText(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x20) {
                shown.append(' ');
            } else if (drawable.computeIfAbsent(cp, this::hasGlyph)) {
                shown.appendCodePoint(cp);
            } else {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private PDPageContentStream page() {
        if (page == null) {
            throw new UncheckedIOException(new IOException("The document is already saved"));
        }
        return page;
    }
}
