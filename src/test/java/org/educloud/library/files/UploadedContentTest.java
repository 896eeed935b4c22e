package org.educloud.library.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.educloud.library.files.TestFiles.concat;
import static org.educloud.library.files.TestFiles.gif;
import static org.educloud.library.files.TestFiles.pdf;
import static org.educloud.library.files.TestFiles.zip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.educloud.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks of an upload's content, on small but real files built here: Office packages against renamed
 * archives and macros, PDFs against scripts and automatic actions, GIFs against being scripts too.
 */
class UploadedContentTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final MediaTypePolicy policy = new MediaTypePolicy();

    @TempDir
    Path directory;

    private String check(byte[] bytes, String name) throws IOException {
        Path file = directory.resolve("upload-" + System.nanoTime());
        Files.write(file, bytes);
        return policy.check(file, name);
    }

    private void assertRefused(byte[] bytes, String name, String messageKey) {
        assertThatThrownBy(() -> check(bytes, name)).as(name)
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    // ---- Office packages

    @Test
    void realOfficeDocumentsPassAndArchivesRenamedToTheirExtensionsDoNot() throws Exception {
        assertThat(check(docx(Map.of()), "教案.docx")).isEqualTo(DOCX);
        assertThat(check(ooxml("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                + ".main+xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>",
                Map.of()), "成绩.xlsx")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(check(ooxml("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml"
                + ".presentation.main+xml", "<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/"
                + "presentationml/2006/main\"/>", Map.of()), "课件.pptx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        assertThat(check(odt(true), "教案.odt")).isEqualTo("application/vnd.oasis.opendocument.text");

        byte[] archive = zip(Map.of("lesson.txt", "第一课", "tools/run.sh", "#!/bin/sh\nrm -rf ~\n"));
        for (String name : List.of("教案.docx", "成绩.xlsx", "课件.pptx", "教案.odt")) {
            assertRefused(archive, name, "library.error.officeStructure");
        }
        assertRefused(odt(false), "教案.odt", "library.error.officeStructure");
    }

    @Test
    void anOfficePackageMustHoldTheMainPartItsContentTypesName() throws Exception {
        Map<String, String> listedOnly = new LinkedHashMap<>();
        listedOnly.put("[Content_Types].xml", contentTypes("/word/document.xml", DOCX + ".main+xml", ""));
        listedOnly.put("payload.bin", "anything at all");
        assertRefused(zip(listedOnly), "教案.docx", "library.error.officeStructure");

        byte[] wrongRoot = ooxml("word/document.xml", DOCX + ".main+xml", "<html><script>alert(1)</script></html>",
                Map.of());
        assertRefused(wrongRoot, "教案.docx", "library.error.officeStructure");
    }

    @Test
    void aMainPartWhoseRootTagNeverEndsIsRefusedQuicklyWithoutReadingIt() throws Exception {
        // <w:document a="xxx…"> with an attribute of 500 million characters: under a megabyte once deflated
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(contentTypes("/word/document.xml", DOCX + ".main+xml", "").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"urn:w\" a=\"".getBytes(StandardCharsets.UTF_8));
            byte[] filler = new byte[1024 * 1024];
            java.util.Arrays.fill(filler, (byte) 'x');
            for (int i = 0; i < 500; i++) {
                zip.write(filler);
            }
            zip.write("\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(3 * 1024 * 1024);
        long started = System.nanoTime();
        assertRefused(bytes.toByteArray(), "教案.docx", "library.error.officeStructure");
        // reading the tag whole takes minutes and gigabytes; the bounded read is milliseconds even on a busy machine
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(10_000);

        byte[] withDoctype = ooxml("word/document.xml", DOCX + ".main+xml", "<!DOCTYPE w:document [<!ENTITY e "
                + "\"x\">]><w:document xmlns:w=\"urn:w\">&e;</w:document>", Map.of());
        assertRefused(withDoctype, "教案.docx", "library.error.officeStructure");
    }

    @Test
    void aFakeEndRecordInTheZipCommentDoesNotHideADirectoryBeyondTheBound() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(contentTypes("/word/document.xml", DOCX + ".main+xml", "").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"urn:w\"/>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i <= OfficePackages.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("word/media/" + i));
            }
            // as the comment's last 22 bytes, an end record claiming one entry in a directory of 100 bytes and a
            // comment of 7 bytes that is not there: ZipFile passes over it and reads the real directory
            zip.setComment("\u0050\u004b\u0005\u0006\0\0\0\0\u0001\0\u0001\0\u0064\0\0\0\0\0\0\0\u0007\0");
        }
        assertRefused(bytes.toByteArray(), "教案.docx", "library.error.officeStructure");
    }

    @Test
    void officeDocumentsWithMacrosAreRefused() throws Exception {
        assertRefused(docx(Map.of("word/vbaProject.bin", "Attribute VB_Name = \"ThisDocument\"")), "宏.docx",
                "library.error.officeMacros");
        byte[] docmRenamed = ooxml("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>", Map.of());
        assertRefused(docmRenamed, "宏.docx", "library.error.officeMacros");
    }

    @Test
    void legacyOfficeFilesWithAVbaStorageAreRefused() throws Exception {
        assertThat(check(ole2("WordDocument", "1Table"), "教案.doc")).isEqualTo("application/msword");
        assertRefused(ole2("WordDocument", "1Table", "Macros", "VBA"), "宏.doc", "library.error.officeMacros");
        assertThat(check(ole2("Workbook"), "成绩.xls")).isEqualTo("application/vnd.ms-excel");
        assertRefused(ole2("Workbook", "_VBA_PROJECT_CUR", "VBA"), "宏.xls", "library.error.officeMacros");
    }

    // ---- PDFs

    @Test
    void aPdfThatRunsJavaScriptOnOpeningIsRefusedWhetherItsObjectsAreCompressedOrNot() throws Exception {
        for (CompressParameters compression : List.of(CompressParameters.NO_COMPRESSION,
                CompressParameters.DEFAULT_COMPRESSION)) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            try (PDDocument document = new PDDocument()) {
                document.addPage(new PDPage());
                document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('你好');"));
                document.save(pdf, compression);
            }
            assertThat(PdfActiveContent.activeNameInRawBytes(write(pdf.toByteArray())))
                    .as("visible without parsing").isEqualTo(compression == CompressParameters.NO_COMPRESSION);
            assertRefused(pdf.toByteArray(), "练习.pdf", "library.error.pdfActiveContent");
        }
    }

    @Test
    void additionalActionsAndEscapedNamesAreRefusedEvenInAFileThatDoesNotParse() {
        byte[] pageAction = pdf("<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/AA<</O 4 0 R>>>>",
                "<</S/GoTo/D[3 0 R/Fit]>>");
        assertRefused(pageAction, "练习.pdf", "library.error.pdfActiveContent");
        byte[] escaped = pdf("<</Type/Catalog/Pages 2 0 R/OpenAction 4 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>", "<</S/J#61vaScript/J#53(app.alert\\(1\\))>>");
        assertRefused(escaped, "练习.pdf", "library.error.pdfActiveContent");
        byte[] broken = "%PDF-1.4\n1 0 obj <</OpenAction <</S/JavaScript/JS(app.alert(1))>> >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertRefused(broken, "练习.pdf", "library.error.pdfActiveContent");
    }

    @Test
    void aPdfThatMerelyMentionsJavaScriptInItsTextOrTitleIsAccepted() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            document.getDocumentInformation().setTitle("/JavaScript /JS /AA lesson");
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.showText("JavaScript /JS /AA basics");
                text.endText();
            }
            document.save(pdf, CompressParameters.NO_COMPRESSION);
        }
        assertThat(check(pdf.toByteArray(), "编程.pdf")).isEqualTo("application/pdf");
    }

    @Test
    void aPdfLockedWithAnOpeningPasswordCannotBeCheckedAndIsRefused() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(pdf);
        }
        assertRefused(pdf.toByteArray(), "试卷.pdf", "library.error.pdfLocked");
    }

    @Test
    void aPdfWhoseObjectStreamInflatesFarBeyondTheCapIsRefusedWithoutDecodingIt() throws Exception {
        assertThat(check(objectStreamPdf(0), "对象流.pdf")).as("the same PDF with a small object stream")
                .isEqualTo("application/pdf");
        byte[] bomb = objectStreamPdf(512);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        long started = System.nanoTime();
        assertRefused(bomb, "对象流.pdf", "library.error.pdfTooComplex");
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(10_000);
    }

    @Test
    void aPdfWithStreamsThatDoesNotParseCannotBeCheckedAndIsRefused() throws Exception {
        byte[] garbled = concat(concat("%PDF-1.7\n7 0 obj <</Filter/FlateDecode/Length 300>>\nstream\n"
                .getBytes(StandardCharsets.US_ASCII), new byte[300]), "\nendstream\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertRefused(garbled, "练习.pdf", "library.error.pdfUnreadable");
        assertThat(check("%PDF-1.4\n% 只有注释\n%%EOF\n".getBytes(StandardCharsets.UTF_8), "练习.pdf"))
                .as("no stream at all: the raw look saw every byte").isEqualTo("application/pdf");
    }

    // ---- GIFs

    @Test
    void aGifThatIsAlsoAScriptIsRefusedAndOrdinaryGifsPass() throws Exception {
        byte[] gif = gif();
        assertThat(check(gif, "图.gif")).isEqualTo("image/gif");
        assertThat(check(withComment(gif, "Created with GIMP"), "图.gif")).isEqualTo("image/gif");

        byte[] polyglot = gif.clone();
        polyglot[6] = '/';
        polyglot[7] = '*';
        polyglot = concat(polyglot, "*/=alert(document.cookie);".getBytes(StandardCharsets.US_ASCII));
        assertRefused(polyglot, "图.gif", "library.error.imageScript");
        assertRefused(concat(gif, "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII)), "图.gif",
                "library.error.imageScript");
        assertRefused(withComment(gif, "*/alert(document.domain)//"), "图.gif", "library.error.imageScript");
        assertThat(check(concat(gif, new byte[16]), "图.gif")).as("zero padding after the trailer")
                .isEqualTo("image/gif");
    }

    // ---- building files

    /** An OLE2 compound file's header and directory sectors holding the root and entries of these names. */
    private static byte[] ole2(String... names) {
        java.nio.ByteBuffer file = java.nio.ByteBuffer.allocate(512 * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        file.putLong(0xE11AB1A1E011CFD0L).position(24);
        file.putShort((short) 0x3E).putShort((short) 3).putShort((short) 0xFFFE).putShort((short) 9)
                .putShort((short) 6).position(44);
        file.putInt(1).putInt(0).putInt(0).putInt(4096).putInt(-2).putInt(0).putInt(-2).putInt(0);
        file.putInt(1);
        for (int i = 1; i < 109; i++) {
            file.putInt(-1);
        }
        List<String> entries = new java.util.ArrayList<>(List.of("Root Entry"));
        entries.addAll(List.of(names));
        for (int i = 0; i < entries.size(); i++) {
            int at = 512 * 2 + 128 * i;
            byte[] name = (entries.get(i) + "\0").getBytes(StandardCharsets.UTF_16LE);
            file.put(at, name).putShort(at + 64, (short) name.length).put(at + 66, (byte) (i == 0 ? 5 : 2));
        }
        return file.array();
    }

    /**
     * A one-page PDF whose document information sits in a Flate object stream padded with {@code blankMegabytes} of
     * blanks, found through a cross-reference stream as such files are.
     */
    private static byte[] objectStreamPdf(int blankMegabytes) throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (var out = new java.util.zip.DeflaterOutputStream(deflated,
                new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION))) {
            out.write("5 0 <</Title(lesson)>>".getBytes(StandardCharsets.US_ASCII));
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < blankMegabytes; i++) {
                out.write(blanks);
            }
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Integer> offsets = new java.util.ArrayList<>();
        pdf.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        for (String object : List.of("<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>")) {
            offsets.add(pdf.size());
            pdf.write(((offsets.size()) + " 0 obj" + object + "endobj\n").getBytes(StandardCharsets.US_ASCII));
        }
        offsets.add(pdf.size());
        pdf.write(("4 0 obj<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length " + deflated.size() + ">>stream\n")
                .getBytes(StandardCharsets.US_ASCII));
        deflated.writeTo(pdf);
        pdf.write("\nendstream endobj\n".getBytes(StandardCharsets.US_ASCII));
        int xref = pdf.size();
        java.nio.ByteBuffer rows = java.nio.ByteBuffer.allocate(7 * 7);
        rows.put((byte) 0).putInt(0).putShort((short) 0xFFFF);
        for (int offset : offsets) {
            rows.put((byte) 1).putInt(offset).putShort((short) 0);
        }
        rows.put((byte) 2).putInt(4).putShort((short) 0);
        rows.put((byte) 1).putInt(xref).putShort((short) 0);
        pdf.write(("6 0 obj<</Type/XRef/Size 7/W[1 4 2]/Root 1 0 R/Info 5 0 R/Length 49>>stream\n")
                .getBytes(StandardCharsets.US_ASCII));
        pdf.write(rows.array());
        pdf.write(("\nendstream endobj\nstartxref\n" + xref + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = directory.resolve("file-" + System.nanoTime());
        Files.write(file, bytes);
        return file;
    }

    private static byte[] docx(Map<String, String> extra) throws IOException {
        return ooxml("word/document.xml", DOCX + ".main+xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                        + "<w:r><w:t>分数的初步认识</w:t></w:r></w:p></w:body></w:document>", extra);
    }

    private static byte[] ooxml(String mainPart, String mainType, String mainXml, Map<String, String> extra)
            throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", contentTypes("/" + mainPart, mainType, extra.isEmpty() ? ""
                : "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"));
        entries.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
                + ".openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"" + mainPart
                + "\"/></Relationships>");
        entries.put(mainPart, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + mainXml);
        entries.putAll(extra);
        return zip(entries);
    }

    private static String contentTypes(String partName, String type, String more) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas"
                + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                + "ContentType=\"application/xml\"/>" + more + "<Override PartName=\"" + partName
                + "\" ContentType=\"" + type + "\"/></Types>";
    }

    /** An OpenDocument text, its mimetype entry first and stored as the format requires; optionally content.xml. */
    private static byte[] odt(boolean withContent) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            if (withContent) {
                zip.putNextEntry(new ZipEntry("content.xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\""
                        + "urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** The GIF with a comment extension before its trailer. */
    private static byte[] withComment(byte[] gif, String comment) {
        byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(gif, 0, gif.length - 1);
        out.write(0x21);
        out.write(0xFE);
        out.write(text.length);
        out.write(text, 0, text.length);
        out.write(0);
        out.write(0x3B);
        return out.toByteArray();
    }

}
