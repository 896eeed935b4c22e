package org.educloud.equity.reports;

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
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);
    static final Color RULE = new Color(0xcc, 0xcc, 0xcc);
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
            float rowHeight = Math.min(usable, Math.max(height, PdfBarChart.ChartLayout.FRAME + bars * PdfBarChart.ChartLayout.ROW));
            room(rowHeight + 8);
            y -= rowHeight + 8;
            PdfBarChart.draw(this, MARGIN, y, chartWidth, rowHeight, charts.get(i));
            if (i + 1 < charts.size()) {
                PdfBarChart.draw(this, MARGIN + chartWidth + gap, y, chartWidth, rowHeight, charts.get(i + 1));
            }
        }
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


    private void room(float needed) throws IOException {
        if (y - needed < MARGIN + FOOTER) {
            newPage();
        }
    }

    private void rule(float at) throws IOException {
        stroke(MARGIN, at, MARGIN + width(), at, RULE, 0.5f, false);
    }

    void fill(float x, float y0, float w, float h, Color color) throws IOException {
        PDPageContentStream cs = page();
        cs.setNonStrokingColor(color);
        cs.addRect(x, y0, w, h);
        cs.fill();
    }

    void stroke(float x1, float y1, float x2, float y2, Color color, float lineWidth, boolean dashed)
            throws IOException {
        PDPageContentStream cs = page();
        cs.setStrokingColor(color);
        cs.setLineWidth(lineWidth);
        cs.setLineDashPattern(dashed ? new float[] {3, 2} : new float[0], 0);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    void write(float x, float y0, String text, float fontSize, Color color) throws IOException {
        PDPageContentStream cs = page();
        cs.beginText();
        cs.setFont(font, fontSize);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, y0);
        cs.showText(drawableText(text));
        cs.endText();
    }

    /** The text cut with "…" to fit {@code width}. */
    String fit(String text, float fontSize, float width) throws IOException {
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

    float textWidth(String text, float fontSize) throws IOException {
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

    PDPageContentStream page() {
        if (page == null) {
            throw new UncheckedIOException(new IOException("The document is already saved"));
        }
        return page;
    }
}
