package org.educloud.demo.resources;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Small real files for the demo library, made on the spot so the repository holds no binaries: one-page PDFs of
 * text lines, Word documents (lesson plans, in Chinese: the reader's own fonts show them), Excel workbooks and PNG
 * drawings. Each opens in the program its kind calls for.
 */
public final class DemoFiles {

    private DemoFiles() {
    }

    /** A valid single-page PDF with the given lines in Helvetica (ASCII only). */
    static byte[] pdf(List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 16 Tf 56 780 Td 22 TL\n");
        for (String line : lines) {
            text.append('(').append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
                    .append(") Tj T*\n");
        }
        text.append("ET");
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append("%010d 00000 n \n".formatted(offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A compass rose: the four directions a grade-3 lesson on 位置与方向 starts from. */
    static byte[] compassPng() {
        BufferedImage image = new BufferedImage(480, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 480, 480);
            g.setColor(new Color(0x1F, 0x6F, 0xB2));
            g.setStroke(new BasicStroke(6));
            g.drawOval(90, 90, 300, 300);
            g.drawLine(240, 60, 240, 420);
            g.drawLine(60, 240, 420, 240);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
            g.drawString("N", 226, 50);
            g.drawString("S", 228, 465);
            g.drawString("W", 12, 254);
            g.drawString("E", 440, 254);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Word document (.docx) with a heading and paragraphs: the smallest package Word and WPS open, with the parts
     * the library's check of Office files asks for.
     */
    static byte[] docx(String heading, List<String> paragraphs) {
        StringBuilder body = new StringBuilder();
        body.append("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr><w:t>")
                .append(xml(heading)).append("</w:t></w:r></w:p>");
        for (String paragraph : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(xml(paragraph)).append("</w:t></w:r></w:p>");
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            part(zip, "word/document.xml", document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** An Excel workbook (.xlsx) of one sheet: a header row and rows of text or numbers. */
    static byte[] xlsx(String sheetName, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "EduCloud", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else {
                        sheet.value(r, c, String.valueOf(value));
                    }
                }
                if (r == 0) {
                    sheet.range(0, 0, 0, row.size() - 1).style().bold().set();
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Circles cut into equal parts with some of them shaded, one per fraction (numerator, denominator), labelled
     * n/d: the picture a lesson on 几分之几 shows.
     */
    static byte[] fractionCirclesPng(int[][] fractions) {
        int size = 200;
        BufferedImage image = new BufferedImage(size * fractions.length, size + 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
            for (int i = 0; i < fractions.length; i++) {
                int x = i * size + 20;
                int parts = fractions[i][1];
                int arc = 360 / parts;
                for (int p = 0; p < parts; p++) {
                    g.setColor(p < fractions[i][0] ? new Color(0xF2, 0x9E, 0x38) : new Color(0xF7, 0xF3, 0xEA));
                    g.fillArc(x, 20, 160, 160, 90 - p * arc, -arc);
                    g.setColor(new Color(0x33, 0x33, 0x33));
                    g.setStroke(new BasicStroke(3));
                    g.drawArc(x, 20, 160, 160, 90 - p * arc, -arc);
                    double angle = Math.toRadians(90 - p * arc);
                    g.drawLine(x + 80, 100, x + 80 + (int) Math.round(80 * Math.cos(angle)),
                            100 - (int) Math.round(80 * Math.sin(angle)));
                }
                g.drawString(fractions[i][0] + "/" + parts, x + 58, size + 28);
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /** A bar chart of labelled counts (ASCII labels), for 条形统计图 and 平均数 lessons. */
    static byte[] barChartPng(List<String> labels, int[] values, Color colour) {
        BufferedImage image = new BufferedImage(120 + 90 * labels.size(), 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            int max = java.util.Arrays.stream(values).max().orElse(1);
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(2));
            g.drawLine(60, 20, 60, 300);
            g.drawLine(60, 300, image.getWidth() - 20, 300);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
            for (int i = 0; i < labels.size(); i++) {
                int height = 260 * values[i] / max;
                int x = 90 + 90 * i;
                g.setColor(colour);
                g.fillRect(x, 300 - height, 50, height);
                g.setColor(Color.DARK_GRAY);
                g.drawString(String.valueOf(values[i]), x + 12, 292 - height);
                g.drawString(labels.get(i), x, 330);
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /** Word cards: a coloured tile per English word, as teachers print them for the classroom wall. */
    static byte[] wordCardsPng(List<String> words, List<Color> colours) {
        BufferedImage image = new BufferedImage(220 * words.size() + 20, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 32));
            for (int i = 0; i < words.size(); i++) {
                int x = 20 + 220 * i;
                g.setColor(colours.get(i % colours.size()));
                g.fillRoundRect(x, 20, 200, 160, 24, 24);
                g.setColor(Color.BLACK);
                g.drawRoundRect(x, 20, 200, 160, 24, 24);
                g.setColor(colours.get(i % colours.size()).getRed() + colours.get(i % colours.size()).getGreen()
                        + colours.get(i % colours.size()).getBlue() < 300 ? Color.WHITE : Color.BLACK);
                g.drawString(words.get(i), x + 20, 112);
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /** Rectangles and squares with their side lengths, for perimeter and area lessons. */
    static byte[] rectanglesPng(int[][] sides) {
        BufferedImage image = new BufferedImage(40 + 200 * sides.length, 260, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
            for (int i = 0; i < sides.length; i++) {
                int x = 40 + 200 * i;
                int w = sides[i][0] * 20;
                int h = sides[i][1] * 20;
                g.setColor(new Color(0xD9, 0xEA, 0xF7));
                g.fillRect(x, 40, w, h);
                g.setColor(new Color(0x1F, 0x6F, 0xB2));
                g.setStroke(new BasicStroke(3));
                g.drawRect(x, 40, w, h);
                g.setColor(Color.DARK_GRAY);
                g.drawString(sides[i][0] + " cm", x + w / 2 - 20, 32);
                g.drawString(sides[i][1] + " cm", x + w + 6, 40 + h / 2 + 6);
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
