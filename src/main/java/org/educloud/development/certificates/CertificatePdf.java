package org.educloud.development.certificates;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A certificate as one landscape A4 page: the title, the teacher's name, the programme, the hours and the completion
 * date, the verification code and where to check it. Lines are centred; characters the font lacks print as "?".
 */
@Component
class CertificatePdf {

    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color ACCENT = new Color(0x9b, 0x1c, 0x1c);

    private final CertificateFont fonts;
    private final MessageSource messages;

    CertificatePdf(CertificateFont fonts, MessageSource messages) {
        this.fonts = fonts;
        this.messages = messages;
    }

    boolean available() {
        return fonts.file().isPresent();
    }

    void write(Certificate certificate, String verifyUrl, Locale locale, OutputStream out) throws IOException {
        try (CertificateFont.Loaded loaded = fonts.open(); PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, loaded.font(), true);
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(size);
            document.addPage(page);
            document.getDocumentInformation().setTitle(text("development.certificate.pdfTitle", locale));
            document.getDocumentInformation().setCreator("EduCloud");
            document.getDocumentCatalog().setLanguage(locale.toLanguageTag());
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                cs.setStrokingColor(ACCENT);
                cs.setLineWidth(3);
                cs.addRect(24, 24, size.getWidth() - 48, size.getHeight() - 48);
                cs.stroke();
                float y = size.getHeight() - 110;
                centred(cs, font, size, text("development.certificate.pdfTitle", locale), 30, y, ACCENT);
                y -= 70;
                centred(cs, font, size, certificate.teacherName(), 24, y, INK);
                y -= 50;
                centred(cs, font, size, text("development.certificate.pdfCompleted", locale), 14, y, INK);
                y -= 36;
                centred(cs, font, size, "《" + certificate.programmeName() + "》", 20, y, INK);
                y -= 44;
                centred(cs, font, size, messages.getMessage("development.certificate.pdfHours",
                        new Object[] {certificate.hours().toPlainString(), certificate.completedOn().toString()},
                        locale), 14, y, INK);
                y -= 80;
                centred(cs, font, size, messages.getMessage("development.certificate.pdfCode",
                        new Object[] {certificate.groupedCode()}, locale), 12, y, INK);
                y -= 22;
                centred(cs, font, size, messages.getMessage("development.certificate.pdfVerify",
                        new Object[] {verifyUrl}, locale), 10, y, INK);
            }
            document.save(out);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static void centred(PDPageContentStream cs, PDType0Font font, PDRectangle size, String text, float fontSize,
                                float y, Color color) throws IOException {
        String shown = drawable(font, text);
        float width = font.getStringWidth(shown) / 1000 * fontSize;
        cs.beginText();
        cs.setNonStrokingColor(color);
        cs.setFont(font, fontSize);
        cs.newLineAtOffset(Math.max(36, (size.getWidth() - width) / 2), y);
        cs.showText(shown);
        cs.endText();
    }

    private static String drawable(PDType0Font font, String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x20) {
                shown.append(' ');
                return;
            }
            try {
                font.encode(new String(Character.toChars(cp)));
                shown.appendCodePoint(cp);
            } catch (IOException | IllegalArgumentException e) {
                shown.append('?');
            }
        });
        return shown.toString();
    }
}
