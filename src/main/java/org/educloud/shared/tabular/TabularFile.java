package org.educloud.shared.tabular;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * A table read row by row from an uploaded file, whatever Excel or WPS wrote: XLSX, or CSV in UTF-8 (with or
 * without BOM) or GB18030 (which contains GBK). The kind is sniffed from the bytes, never taken from the name.
 * Rows stream from disk, so a large file is never held in memory, and everything is read within the
 * {@link ImportLimits}: a workbook is inspected whole before its reader may open it, a CSV record's fields, their
 * length and the rows are bounded while streaming. Public because every bulk import of the platform (the roster's,
 * the equity surveys a bureau brings in, the library's catalogue) reads what schools' spreadsheets are.
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

    /** The file cannot be read as a table at all: not CSV or XLSX, broken, or beyond a limit. */
    public static final class Unreadable extends Exception {
        private final ImportProblem problem;

        Unreadable(String messageKey, @Nullable Throwable cause) {
            this(ImportProblem.ofFile(messageKey), cause);
        }

        Unreadable(ImportProblem problem, @Nullable Throwable cause) {
            super(problem.messageKey(), cause);
            this.problem = problem;
        }

        public String messageKey() {
            return problem.messageKey();
        }

        /** The problem to record: the file as a whole, or the row and column where reading had to stop. */
        public ImportProblem problem() {
            return problem;
        }
    }

    /**
     * Reading stopped while the rows were read: a limit was passed, a cell could not be decoded, or the rest of the
     * file is malformed. Unchecked, since it comes out of the row iterator; every import records its problem.
     */
    public static final class Refused extends RuntimeException {
        private final ImportProblem problem;

        Refused(ImportProblem problem) {
            super(problem.messageKey(), null, false, false);
            this.problem = problem;
        }

        public ImportProblem problem() {
            return problem;
        }

        /** The refusal behind an exception a parser wrapped it in, if any. */
        static @Nullable Refused in(@Nullable Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof Refused refused) {
                    return refused;
                }
            }
            return null;
        }
    }

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final Closeable resource;
    private final Iterator<SourceRow> rows;

    private TabularFile(Closeable resource, Iterator<SourceRow> rows) {
        this.resource = resource;
        this.rows = rows;
    }

    /** Opens an XLSX workbook or a CSV file, whichever the bytes say it is. */
    public static TabularFile open(Path file, ImportLimits limits) throws Unreadable {
        return open(file, limits, true);
    }

    /** Opens a CSV file, and nothing else: a workbook or any other binary file is refused. */
    public static TabularFile openCsv(Path file, ImportLimits limits) throws Unreadable {
        return open(file, limits, false);
    }

    private static TabularFile open(Path file, ImportLimits limits, boolean workbooks) throws Unreadable {
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(8 * 1024);
            }
            if (head.length == 0) {
                throw new Unreadable("roster.import.error.empty", null);
            }
            if (ReadableWorkbook.isOOXMLZipHeader(head)) {
                if (!workbooks) {
                    throw new Unreadable("roster.import.error.notText", null);
                }
                return xlsx(file, limits);
            }
            if (ReadableWorkbook.isOLE2Header(head)) {
                throw new Unreadable("roster.import.error.oldExcel", null);
            }
            if (!workbooks && binary(head)) {
                throw new Unreadable("roster.import.error.notText", null);
            }
            return csv(file, charsetOf(file), limits);
        } catch (Refused e) {
            throw new Unreadable(e.problem(), e);
        } catch (IOException | RuntimeException e) {
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

    private static TabularFile csv(Path file, Charset charset, ImportLimits limits) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        skipUtf8Bom(in);
        InputStreamReader reader = new InputStreamReader(in, charset);
        CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(false).skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true)
                .maxBufferSize(Math.max(limits.maxLineLength(), limits.maxCellLength()))
                .build(CsvRecordHandler.builder().maxFields(limits.maxColumns()).maxFieldSize(limits.maxCellLength())
                        .maxRecordSize(limits.maxLineLength()).build(), reader);
        Iterator<CsvRecord> records = csv.iterator();
        Iterator<SourceRow> rows = new Iterator<>() {
            private long lastLine;

            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (CsvParseException e) {
                    throw beyondLimits(e, lastLine, limits);
                }
            }

            @Override
            public SourceRow next() {
                CsvRecord record;
                try {
                    record = records.next();
                } catch (CsvParseException e) {
                    throw beyondLimits(e, lastLine, limits);
                }
                lastLine = record.getStartingLineNumber();
                return new SourceRow(lastLine, new ArrayList<>(record.getFields()), List.of());
            }
        };
        return new TabularFile(csv, new BoundedRows(rows, limits, true));
    }

    /**
     * A record fastcsv stopped at: too many fields, a field or the record too long, or a quote never closed (which
     * runs into the same limits). It names the line the record started on; failing that, the one after the last read.
     */
    private static Refused beyondLimits(CsvParseException e, long lastLine, ImportLimits limits) {
        long line = lastLine + 1;
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = t.getMessage() == null ? null : LINE.matcher(t.getMessage());
            if (m != null && m.find()) {
                line = Long.parseLong(m.group(1));
                break;
            }
        }
        return new Refused(new ImportProblem(line, null, null, "roster.import.limit.line",
                List.of(String.valueOf(limits.maxColumns()), String.valueOf(limits.maxCellLength()),
                        String.valueOf(limits.maxLineLength()))));
    }

    private static TabularFile xlsx(Path file, ImportLimits limits) throws IOException {
        // Cell formats tell typed dates from numbers, but the reader needs a styles part for them; some
        // generated workbooks have none, and their cells are then all text anyway.
        boolean styles = WorkbookInspection.inspect(file, limits);
        ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(styles, false));
        try {
            Stream<Row> stream = workbook.getFirstSheet().openStream();
            Iterator<SourceRow> rows = stream.map(TabularFile::row).iterator();
            return new TabularFile(() -> {
                stream.close();
                workbook.close();
            }, new BoundedRows(rows, limits, false));
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
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

    /** Whether the first bytes of a file may be CSV text: not a zip (nor so an XLSX), an old Excel file or binary. */
    public static boolean text(byte[] head) {
        return !ReadableWorkbook.isOOXMLZipHeader(head) && !ReadableWorkbook.isOLE2Header(head) && !binary(head);
    }

    /** A few bytes that text never has: NUL, or other control characters than tab, line feed and return. */
    private static boolean binary(byte[] head) {
        for (byte b : head) {
            if (b == 0 || (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C)) {
                return true;
            }
        }
        return false;
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
