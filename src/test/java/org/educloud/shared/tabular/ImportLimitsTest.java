package org.educloud.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.educloud.support.Workbooks;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The bounded reading every import goes through, on hostile files, with small limits so that it stays quick. */
class ImportLimitsTest {

    private static ImportLimits limits(long maxEntryBytes, int ratio, long sharedStringChars) {
        return new ImportLimits(DataSize.ofMegabytes(200), 100, DataSize.ofBytes(maxEntryBytes),
                DataSize.ofBytes(4 * maxEntryBytes), ratio, 1_000_000, sharedStringChars, 64, 1000, 1000, 4000,
                DataSize.ofKilobytes(64), 10_000);
    }

    private static final ImportLimits SMALL = limits(64L * 1024 * 1024, 1000, 1_000_000);

    private static TabularFile.Unreadable refusedAtOpen(Path file, ImportLimits limits) {
        try (TabularFile table = TabularFile.open(file, limits)) {
            table.rows().forEachRemaining(row -> { });
        } catch (TabularFile.Unreadable e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the file was read");
    }

    @Test
    void aWorkbookWhoseSharedStringsInflateFarBeyondTheLimitIsRefusedBeforeItsReaderOpensIt() throws Exception {
        // the cell names a string near the end, so the workbook reader would have to keep millions of them
        Path bomb = Workbooks.withRows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>4000000</v></c></row>",
                Workbooks.sharedStringsBomb(200L * 1024 * 1024));
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        ImportLimits limits = limits(512L * 1024 * 1024, 1000, 20_000);
        refusedAtOpen(Workbooks.withRows("", Workbooks.sharedStringsBomb(1024 * 1024)), limits); // warms the parser up

        long started = System.nanoTime();
        TabularFile.Unreadable refused = refusedAtOpen(bomb, limits);
        long stopped = System.nanoTime() - started;
        assertThat(refused.problem().messageKey()).isEqualTo("roster.import.limit.sharedStringChars");
        assertThat(refused.problem().arguments()).containsExactly("20000");

        // Reading stopped early: in a fraction of the time it takes merely to inflate the part to its end.
        started = System.nanoTime();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(bomb.toFile());
             InputStream part = zip.getInputStream(zip.getEntry("xl/sharedStrings.xml"))) {
            assertThat(part.transferTo(java.io.OutputStream.nullOutputStream())).isGreaterThan(200L * 1024 * 1024);
        }
        assertThat(stopped).isLessThan((System.nanoTime() - started) / 3);
    }

    @Test
    void anEntryIsCountedAsItInflatesWhateverSizeTheZipDeclares() throws IOException {
        Path zip = Files.createTempFile("liar", ".zip");
        zip.toFile().deleteOnExit();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] chunk = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                out.write(chunk);
            }
            out.closeEntry();
        }
        Files.write(zip, declareUncompressedSize(bytes.toByteArray(), 100));
        long[] inflated = {0};
        long[] declared = {0};
        assertThatThrownBy(() -> ZipEntries.read(zip, limits(4L * 1024 * 1024, 100_000, 1_000_000), (entry, in) -> {
            declared[0] = entry.getSize();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                inflated[0] += n;
            }
        })).isInstanceOfSatisfying(TabularFile.Refused.class, e -> assertThat(e.problem().messageKey())
                .isEqualTo("roster.import.limit.entrySize"));
        assertThat(declared[0]).isEqualTo(100);
        assertThat(inflated[0]).isPositive().isLessThanOrEqualTo(4L * 1024 * 1024);
    }

    @Test
    void aZipOfCountlessEmptyEntriesIsRefusedWhileItsDirectoryIsRead() throws IOException {
        Path zip = Files.createTempFile("entries", ".zip");
        zip.toFile().deleteOnExit();
        try (ZipOutputStream out = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(zip)))) {
            for (int i = 0; i < 5_000; i++) {
                out.putNextEntry(new ZipEntry("e" + i));
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> ZipEntries.read(zip, SMALL, (entry, in) -> { }))
                .isInstanceOfSatisfying(TabularFile.Refused.class, e -> assertThat(e.problem())
                        .extracting(ImportProblem::messageKey, ImportProblem::arguments)
                        .containsExactly("roster.import.limit.entries", java.util.List.of("100")));
    }

    @Test
    void anEntryInflatingBeyondTheCompressionRatioIsRefused() throws IOException {
        Path bomb = Workbooks.withRows("", Workbooks.sharedStringsBomb(50L * 1024 * 1024));
        assertThat(refusedAtOpen(bomb, limits(512L * 1024 * 1024, 100, 100_000_000)).problem())
                .extracting(ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly("roster.import.limit.ratio", java.util.List.of("xl/sharedStrings.xml", "100"));
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedWithoutAnyEntityBeingExpanded() throws IOException {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;"
                + "&a;&a;&a;&a;\"><!ENTITY c SYSTEM \"file:///etc/passwd\">]><worksheet xmlns=\"http://schemas."
                + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>&b;&c;</t></is></c></row></sheetData></worksheet>";
        assertThat(refusedAtOpen(Workbooks.withSheet(laughs), SMALL).problem())
                .extracting(ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly("roster.import.limit.dtd", java.util.List.of("xl/worksheets/sheet1.xml"));
    }

    @Test
    void whatTheWorkbookReaderWouldAllocateIsRefusedFirst() throws IOException {
        // a cell naming shared string two billion: the reader would add empty strings up to it
        assertThat(refusedAtOpen(Workbooks.withRows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2000000000</v></c></row>",
                Workbooks.strings("只有一条")), SMALL).messageKey()).isEqualTo("roster.import.error.unreadable");
        // a cell in column ZZZZ: the reader would make room for every column before it
        assertThat(refusedAtOpen(Workbooks.withRows("<row r=\"7\"><c r=\"ZZZZ7\" t=\"inlineStr\"><is><t>x</t></is>"
                + "</c></row>", Workbooks.strings()), SMALL).problem())
                .extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(7L, "roster.import.limit.columns");
        // one attribute of a megabyte: a tag arrives whole
        assertThat(refusedAtOpen(Workbooks.withRows("<row r=\"1\" spans=\"" + "1".repeat(1024 * 1024) + "\"/>",
                Workbooks.strings()), SMALL).messageKey()).isEqualTo("roster.import.limit.markup");
        // a cell longer than a cell may be
        assertThat(refusedAtOpen(Workbooks.withRows("<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>"
                + "长".repeat(1001) + "</t></is></c></row>", Workbooks.strings()), SMALL).problem())
                .extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(3L, "roster.import.limit.cell");
    }

    @Test
    void aPartInAnEncodingTheInspectionCannotReadIsRefusedRatherThanPassedUnread() throws Exception {
        Charset utf32 = Charset.forName("UTF-32BE");
        String declaration = "<?xml version=\"1.0\" encoding=\"UTF-32\"?>";
        // A cell in column ZZZZ of a sheet in UTF-32: a parser that decodes it makes the workbook reader room for
        // every column before it (ZZZZZZ would be 321 million). Aalto 1.3.3, under fastexcel-reader 0.19, happens to
        // fail on UTF-32 at its first character, but the inspection must not depend on a parser's bug: the part is
        // refused for what it is, with a problem that says so, not passed uninspected.
        byte[] wideSheet = (declaration + Workbooks.sheet("<row r=\"1\"><c r=\"ZZZZ1\" t=\"inlineStr\"><is><t>x</t>"
                + "</is></c></row>")).getBytes(utf32);
        Path wide = Workbooks.withSheet(wideSheet, Workbooks.strings());
        assertThat(refusedAtOpen(wide, SMALL).problem())
                .extracting(ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly("roster.import.limit.encoding", java.util.List.of("xl/worksheets/sheet1.xml"));

        // Shared strings in UTF-32 with a byte order mark (little-endian): they would escape their limits.
        Path strings = Workbooks.withRows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", out -> {
            out.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
            out.write((declaration + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<si><t>王小明</t></si></sst>").getBytes(Charset.forName("UTF-32LE")));
        });
        assertThat(refusedAtOpen(strings, SMALL).problem())
                .extracting(ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly("roster.import.limit.encoding", java.util.List.of("xl/sharedStrings.xml"));

        // A part named as XML that starts as nothing the inspection reads (UTF-32 opening with a line break), and
        // one in UTF-8 that declares another encoding, which the workbook reader would switch to.
        assertThat(refusedAtOpen(Workbooks.withSheet(("\n" + declaration + Workbooks.sheet("")).getBytes(utf32),
                Workbooks.strings()), SMALL).messageKey()).isEqualTo("roster.import.limit.encoding");
        assertThat(refusedAtOpen(Workbooks.withSheet(("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                + Workbooks.sheet("")).getBytes(StandardCharsets.UTF_8), Workbooks.strings()), SMALL).messageKey())
                .isEqualTo("roster.import.limit.encoding");
    }

    @Test
    void aWorkbookInUtf16StillReads() throws Exception {
        byte[] sheet = ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + Workbooks.sheet("<row r=\"1\"><c r=\"A1\" "
                + "t=\"inlineStr\"><is><t>王小明</t></is></c></row>")).getBytes(StandardCharsets.UTF_16LE);
        try (TabularFile table = TabularFile.open(Workbooks.withSheet(sheet, Workbooks.strings()), SMALL)) {
            assertThat(table.rows().next().cells()).containsExactly("王小明");
        }
    }

    @Test
    void anOrdinaryWorkbookStillReads() throws Exception {
        Path file = Workbooks.withRows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>王小明</t></is></c><c r=\"B2\"><v>7</v></c>"
                + "</row>", Workbooks.strings("姓名", "年级"));
        try (TabularFile table = TabularFile.open(file, SMALL)) {
            Iterator<TabularFile.SourceRow> rows = table.rows();
            assertThat(rows.next().cells()).containsExactly("姓名", "年级");
            assertThat(rows.next().cells()).containsExactly("王小明", "7");
            assertThat(rows.hasNext()).isFalse();
        }
    }

    @Test
    void aGbkFileWithBytesThatDecodeToNothingIsRefusedAtItsRowAndColumn() throws Exception {
        byte[] good = "姓名,班级\r\n王小明,三年级(1)班\r\n".getBytes(Charset.forName("GBK"));
        byte[] broken = new byte[] {(byte) 0x81, (byte) 0x20};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(good);
        bytes.write("李".getBytes(Charset.forName("GBK")));
        bytes.write(broken);
        bytes.write(",三年级(2)班\r\n".getBytes(Charset.forName("GBK")));
        Path file = Files.createTempFile("gbk", ".csv");
        file.toFile().deleteOnExit();
        Files.write(file, bytes.toByteArray());
        try (TabularFile table = TabularFile.open(file, SMALL)) {
            Iterator<TabularFile.SourceRow> rows = table.rows();
            assertThat(rows.next().cells()).containsExactly("姓名", "班级");
            assertThat(rows.next().cell(0)).isEqualTo("王小明");
            assertThatThrownBy(rows::next).isInstanceOfSatisfying(TabularFile.Refused.class, e ->
                    assertThat(e.problem()).extracting(ImportProblem::row, ImportProblem::column,
                                    ImportProblem::messageKey)
                            .containsExactly(3L, "姓名", "roster.import.error.undecodable"));
        }
    }

    @Test
    void aCsvRecordBeyondTheLimitsIsRefusedAtItsLine() throws Exception {
        Path file = Files.createTempFile("wide", ".csv");
        file.toFile().deleteOnExit();
        Files.writeString(file, "a,b\r\n1,2\r\n" + ",".repeat(100) + "\r\n", StandardCharsets.UTF_8);
        try (TabularFile table = TabularFile.open(file, SMALL)) {
            Iterator<TabularFile.SourceRow> rows = table.rows();
            rows.next();
            rows.next();
            assertThatThrownBy(() -> {
                rows.hasNext();
                rows.next();
            }).isInstanceOfSatisfying(TabularFile.Refused.class, e ->
                    assertThat(e.problem()).extracting(ImportProblem::row, ImportProblem::messageKey)
                            .containsExactly(3L, "roster.import.limit.line"));
        }
    }

    @Test
    void aZipIsNeverTakenForCsvWhereOnlyCsvIsRead() throws Exception {
        Path zip = Workbooks.withRows("", Workbooks.strings());
        assertThatThrownBy(() -> TabularFile.openCsv(zip, SMALL))
                .isInstanceOfSatisfying(TabularFile.Unreadable.class, e ->
                        assertThat(e.messageKey()).isEqualTo("roster.import.error.notText"));
        try (InputStream in = Files.newInputStream(zip)) {
            assertThat(TabularFile.text(in.readNBytes(8))).isFalse();
        }
    }

    /** Overwrites the uncompressed size every central directory header of the zip declares. */
    private static byte[] declareUncompressedSize(byte[] zip, int size) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= zip.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                buffer.putInt(i + 24, size);
            }
        }
        return zip;
    }
}
