package org.educloud.roster;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * A table read row by row from an uploaded file, whatever Excel or WPS wrote: XLSX, or CSV in UTF-8 (with or
 * without BOM) or GB18030 (which contains GBK). The kind is sniffed from the bytes, never taken from the name.
 * Rows stream from disk, so a large file is never held in memory. Public because every bulk import of the
 * platform (the roster's, and the equity surveys a bureau brings in) reads what schools' spreadsheets are.
 */
public final class TabularFile implements Closeable {

    /** One row: its number as a person sees it in the file (1 = header), its cells, and which hold formulas. */
    public record SourceRow(long number, List<String> cells, List<Integer> formulaColumns) {

        public String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** The file cannot be read as a table at all: not CSV or XLSX, or broken. */
    public static final class Unreadable extends Exception {
        private final String messageKey;

        Unreadable(String messageKey, Throwable cause) {
            super(messageKey, cause);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Closeable resource;
    private final Iterator<SourceRow> rows;

    private TabularFile(Closeable resource, Iterator<SourceRow> rows) {
        this.resource = resource;
        this.rows = rows;
    }

    public static TabularFile open(Path file) throws Unreadable {
        try {
            byte[] head = new byte[8];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            if (read == 0) {
                throw new Unreadable("roster.import.error.empty", null);
            }
            if (ReadableWorkbook.isOOXMLZipHeader(head)) {
                return xlsx(file);
            }
            if (ReadableWorkbook.isOLE2Header(head)) {
                throw new Unreadable("roster.import.error.oldExcel", null);
            }
            return csv(file, charsetOf(file));
        } catch (IOException e) {
            throw new Unreadable("roster.import.error.unreadable", e);
        }
    }

    public Iterator<SourceRow> rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        resource.close();
    }

    private static TabularFile csv(Path file, Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        skipUtf8Bom(in);
        InputStreamReader reader = new InputStreamReader(in, charset);
        CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(false).skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(reader);
        Iterator<CsvRecord> records = csv.iterator();
        Iterator<SourceRow> rows = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public SourceRow next() {
                CsvRecord record = records.next();
                return new SourceRow(record.getStartingLineNumber(), new ArrayList<>(record.getFields()), List.of());
            }
        };
        return new TabularFile(csv, rows);
    }

    private static TabularFile xlsx(Path file) throws IOException {
        // Cell formats tell typed dates from numbers, but the reader needs a styles part for them; some
        // generated workbooks have none, and their cells are then all text anyway.
        ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(hasStyles(file), false));
        Stream<Row> stream = workbook.getFirstSheet().openStream();
        Iterator<SourceRow> rows = stream.map(TabularFile::row).iterator();
        return new TabularFile(() -> {
            stream.close();
            workbook.close();
        }, rows);
    }

    private static boolean hasStyles(Path file) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return zip.getEntry("xl/styles.xml") != null;
        }
    }

    private static SourceRow row(Row row) {
        List<String> cells = new ArrayList<>();
        List<Integer> formulas = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            if (cell == null) {
                cells.add("");
                continue;
            }
            if (cell.getFormula() != null) {
                formulas.add(i);
            }
            cells.add(text(cell));
        }
        return new SourceRow(row.getRowNum(), cells, formulas);
    }

    /** Dates typed into Excel arrive as numbers with a date format; they become ISO dates here. */
    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER && isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            LocalDateTime date = cell.asDate();
            return date == null ? "" : date.toLocalDate().toString();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    /**
     * Excel's built-in date formats (including the Chinese ones, 27–36 and 50–58, which carry no format string),
     * or a custom format that still names a year, month or day once its quoted text and [colour]/[DBNum] sections
     * are taken out.
     */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
                || (id >= 50 && id <= 58))) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String plain = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").replaceAll("\\\\.", "");
        return plain.matches("(?i).*[ymd].*") && !plain.matches("(?i).*[#0?].*");
    }

    private static void skipUtf8Bom(InputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }

    /**
     * UTF-8 when the file has a BOM or decodes as UTF-8 from start to end; otherwise GB18030, the encoding
     * Excel in Chinese writes (a superset of GBK). Reads the file once, in chunks.
     */
    static Charset charsetOf(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            byte[] buffer = new byte[32 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                bytes.put(buffer, 0, n);
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, false);
                if (result.isError()) {
                    return Charset.forName("GB18030");
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            if (decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError()) {
                return Charset.forName("GB18030");
            }
            return StandardCharsets.UTF_8;
        }
    }
}
