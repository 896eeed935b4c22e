package org.educloud.support;

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
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Files as students hand them in: a phone photo of a worksheet (JPEG), an iPhone photo (HEIC: only its header,
 * which is what the library's checks read) and a one-page PDF, made here so tests need no files from outside.
 */
public final class Homework {

    private Homework() {
    }

    /** A photo of a worksheet with four sums worked out, slightly grey like paper under a classroom light. */
    public static byte[] worksheetPhoto() {
        BufferedImage image = new BufferedImage(900, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xEE, 0xEC, 0xE6));
        g.fillRect(0, 0, 900, 1200);
        g.setColor(new Color(0xB8, 0xC8, 0xDA));
        for (int y = 160; y < 1150; y += 70) {
            g.drawLine(60, y, 840, y);
        }
        g.setColor(new Color(0x22, 0x2A, 0x44));
        g.setFont(new Font(Font.SERIF, Font.BOLD, 44));
        g.drawString("Fractions  3/4", 80, 110);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        String[] lines = {"1)  1/4 + 2/4 = 3/4", "2)  3/4 - 1/4 = 2/4", "3)  1/2 = 2/4", "4)  3/4 > 2/4"};
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 100, 220 + i * 140);
        }
        g.setStroke(new BasicStroke(4));
        g.drawRect(560, 700, 240, 240);
        g.drawLine(680, 700, 680, 940);
        g.drawLine(560, 820, 800, 820);
        g.fillRect(560, 700, 120, 120);
        g.fillRect(680, 700, 120, 120);
        g.fillRect(560, 820, 120, 120);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of an iPhone photo: an ISO base media file whose brand is HEIC. */
    public static byte[] iphonePhoto() {
        byte[] box = new byte[64];
        byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h',
                'e', 'i', 'c'};
        System.arraycopy(head, 0, box, 0, head.length);
        byte[] meta = "\0\0\0\u0028metahdlr pict".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(meta, 0, box, head.length, meta.length);
        return box;
    }

    /** A real iPhone-style HEIC photo of a worksheet (600 × 800, made with libheif's heif-enc). */
    public static byte[] realIphonePhoto() {
        try (var in = Homework.class.getResourceAsStream("/learning/iphone-worksheet.heic")) {
            return java.util.Objects.requireNonNull(in, "iphone-worksheet.heic").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF with the worked answer, as a scanning app makes it. */
    public static byte[] answerPdf(String line) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 20);
                text.newLineAtOffset(72, 700);
                text.showText(line);
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
