package org.educloud.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hand-made XLSX workbooks for the import tests: the smallest set of parts fastexcel-reader opens, with the sheet
 * and the shared strings a test needs, including the hostile ones (a shared-strings bomb, a DTD).
 */
public final class Workbooks {

    /** Writes a part; whatever it writes is deflated into the zip as it goes. */
    public interface Part {
        void write(OutputStream out) throws IOException;
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private Workbooks() {
    }

    /** A workbook of one sheet ({@code sheetData} rows as XML) and a shared-strings part. */
    public static Path withRows(String sheetRows, Part sharedStrings) throws IOException {
        byte[] sheet = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + sheet(sheetRows))
                .getBytes(StandardCharsets.UTF_8);
        return workbook(out -> out.write(sheet), sharedStrings, true);
    }

    /** A sheet part holding these rows, without its XML declaration (so that it may be written in any encoding). */
    public static String sheet(String sheetRows) {
        return "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + sheetRows + "</sheetData></worksheet>";
    }

    /** A workbook whose sheet part is exactly these bytes (in whatever encoding), with these shared strings. */
    public static Path withSheet(byte[] sheetPart, Part sharedStrings) throws IOException {
        return workbook(out -> out.write(sheetPart), sharedStrings, true);
    }

    /** A workbook whose sheet part is written as it goes (a long one), with these shared strings after it. */
    public static Path withSheet(Part sheetPart, Part sharedStrings) throws IOException {
        return workbook(sheetPart, sharedStrings, true);
    }

    /** A workbook without shared strings whose sheet part is exactly {@code sheetXml} (a prolog with a DTD, say). */
    public static Path withSheet(String sheetXml) throws IOException {
        return workbook(out -> out.write(sheetXml.getBytes(StandardCharsets.UTF_8)), out -> { }, false);
    }

    private static Path workbook(Part sheetPart, Part sharedStrings, boolean withSharedStrings) throws IOException {
        Path file = Files.createTempFile("workbook", ".xlsx");
        file.toFile().deleteOnExit();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd."
                    + "openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                    + "application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/"
                    + "worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "spreadsheetml.worksheet+xml\"/>" + (withSharedStrings ? "<Override PartName=\"/xl/"
                    + "sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                    + "sharedStrings+xml\"/>" : "") + "</Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats."
                    + "org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"学生\" "
                    + "sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/"
                    + "sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheetPart.write(zip);
            zip.closeEntry();
            if (withSharedStrings) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                sharedStrings.write(zip);
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Shared strings: these texts, in order. */
    public static Part strings(String... texts) {
        return out -> {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN
                    + "\">");
            for (String text : texts) {
                xml.append("<si><t>").append(text).append("</t></si>");
            }
            out.write(xml.append("</sst>").toString().getBytes(StandardCharsets.UTF_8));
        };
    }

    /**
     * A shared-strings bomb: the same short text over and over until the part inflates to {@code inflatedBytes},
     * which deflates to about a thousandth of that. Written in chunks, so building it takes no memory to speak of.
     */
    public static Part sharedStringsBomb(long inflatedBytes) {
        return out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "<si><t>教育云平台压缩炸弹</t></si>".repeat(2048).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < inflatedBytes; written += chunk.length) {
                out.write(chunk);
            }
            out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        };
    }

    /**
     * A sheet of {@code rows} empty rows, which takes the inspection a while to count, followed by as much random
     * text as keeps the part's compression ratio ordinary (else it would be refused as a zip bomb straight away).
     */
    public static Part longSheet(int rows, int randomChars) {
        return out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "<row/>".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written < rows; written += 1000) {
                out.write(chunk);
            }
            out.write("</sheetData><extLst>".getBytes(StandardCharsets.UTF_8));
            java.util.Random random = new java.util.Random(22);
            byte[] noise = new byte[randomChars * 3 / 4];
            random.nextBytes(noise);
            out.write(java.util.Base64.getEncoder().encode(noise));
            out.write("</extLst></worksheet>".getBytes(StandardCharsets.UTF_8));
        };
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
