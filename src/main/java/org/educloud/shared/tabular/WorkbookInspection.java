package org.educloud.shared.tabular;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.jspecify.annotations.Nullable;

/**
 * Reads an XLSX workbook once, in bounded memory, before fastexcel-reader may open it: every entry inflates within
 * the limits ({@link ZipEntries}); every XML part, in UTF-8 or UTF-16 only ({@link PartEncoding}), is parsed by the
 * JDK's StAX parser behind a {@link MarkupGuard} (no DTD, no oversized tag); and what fastexcel-reader would hold in memory is counted first: the shared strings
 * (it keeps them all, and fills up to any index a cell names), cells per row (it makes room up to the column a cell
 * names), rows, the characters of each cell, array formulas (it compares every cell with each of them) and the
 * lists of sheets, relationships and styles. Only a workbook that passes is handed over.
 */
final class WorkbookInspection {

    /** Sheets, relationships, content types and styles a workbook may list; Excel itself allows 64 000 styles. */
    static final int MAX_LISTED = 100_000;
    /** Array formulas per sheet: an import file needs none, and each costs the reader a look at every cell. */
    static final int MAX_ARRAY_FORMULAS = 100;

    private static final Set<String> LISTED = Set.of("sheet", "Relationship", "Override", "Default", "xf", "numFmt");
    private static final XMLInputFactory XML = factory();

    private final ImportLimits limits;
    private boolean styles;
    private long sharedStrings = -1;
    private long highestSharedIndex = -1;

    private WorkbookInspection(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * Inspects the workbook; true when it has a styles part (whose number formats tell typed dates). Throws
     * {@link TabularFile.Refused} when a limit is passed, {@link IOException} when it is not a readable workbook.
     */
    static boolean inspect(Path file, ImportLimits limits) throws IOException {
        WorkbookInspection inspection = new WorkbookInspection(limits);
        ZipEntries.read(file, limits, inspection::entry);
        if (inspection.highestSharedIndex >= 0 && inspection.sharedStrings >= 0
                && inspection.highestSharedIndex >= inspection.sharedStrings) {
            // fastexcel-reader would add empty strings up to the index named: refuse before it can
            throw new IOException("a cell names shared string " + inspection.highestSharedIndex + " of "
                    + inspection.sharedStrings);
        }
        return inspection.styles;
    }

    private void entry(ZipArchiveEntry entry, InputStream content) throws IOException {
        if (entry.getName().equals("xl/styles.xml")) {
            styles = true;
        }
        BufferedInputStream in = new BufferedInputStream(content);
        Charset charset = PartEncoding.of(in, entry.getName());
        if (charset == null) {
            return; // not XML (an image, a printer setting): only inflated and counted
        }
        try {
            XMLStreamReader xml = XML.createXMLStreamReader(new MarkupGuard(new InputStreamReader(in, charset),
                    entry.getName()));
            try {
                PartEncoding.declared(xml.getCharacterEncodingScheme(), entry.getName());
                scan(xml, entry.getName());
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            TabularFile.Refused refusal = TabularFile.Refused.in(e);
            if (refusal != null) {
                throw refusal;
            }
            throw new IOException("unreadable part " + entry.getName(), e);
        }
    }

    private void scan(XMLStreamReader xml, String part) throws XMLStreamException {
        PartScan scan = null;
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION,
                     XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new TabularFile.Refused(ImportProblem.ofFile("roster.import.limit.dtd", part));
                case XMLStreamConstants.START_ELEMENT -> {
                    if (scan == null) {
                        scan = scanOf(xml.getLocalName(), part);
                    }
                    scan.start(xml);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (scan != null) {
                        scan.text(xml);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> scan.end(xml.getLocalName());
                default -> {
                    // comments and processing instructions: bounded by the guard, ignored by every reader
                }
            }
        }
        if (scan instanceof SharedStrings strings) {
            sharedStrings = sharedStrings < 0 ? strings.count : Math.min(sharedStrings, strings.count);
        }
    }

    private PartScan scanOf(String root, String part) {
        return switch (root) {
            case "worksheet" -> new Sheet();
            case "sst" -> new SharedStrings();
            case "workbook", "styleSheet", "Types", "Relationships" -> new Listing(part);
            default -> new PartScan() {
            };
        };
    }

    /** What one XML part is checked for, event by event. */
    private interface PartScan {
        default void start(XMLStreamReader xml) {
        }

        default void text(XMLStreamReader xml) {
        }

        default void end(String element) {
        }
    }

    private final class Sheet implements PartScan {
        private long rows;
        private long row;
        private int cells;
        private boolean inCell;
        private boolean sharedCell;
        private @Nullable StringBuilder index;
        private long cellChars;
        private int arrayFormulas;

        @Override
        public void start(XMLStreamReader xml) {
            switch (xml.getLocalName()) {
                case "row" -> {
                    if (++rows > limits.maxRows()) {
                        throw refused(0, "roster.import.limit.rows", String.valueOf(limits.maxRows()));
                    }
                    String r = xml.getAttributeValue(null, "r");
                    row = r != null && r.matches("\\d{1,9}") ? Long.parseLong(r) : rows;
                    cells = 0;
                }
                case "c" -> {
                    int column = column(xml.getAttributeValue(null, "r"));
                    if (++cells > limits.maxColumns() || column > limits.maxColumns()) {
                        throw refused(row, "roster.import.limit.columns", String.valueOf(limits.maxColumns()));
                    }
                    inCell = true;
                    cellChars = 0;
                    sharedCell = "s".equals(xml.getAttributeValue(null, "t"));
                }
                case "v" -> index = sharedCell ? new StringBuilder() : null;
                case "f" -> {
                    if ("array".equals(xml.getAttributeValue(null, "t")) && ++arrayFormulas > MAX_ARRAY_FORMULAS) {
                        throw refused(row, "roster.import.limit.arrayFormulas", String.valueOf(MAX_ARRAY_FORMULAS));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void text(XMLStreamReader xml) {
            if (!inCell) {
                return;
            }
            cellChars += xml.getTextLength();
            if (cellChars > limits.maxCellLength()) {
                throw refused(row, "roster.import.limit.cell", String.valueOf(limits.maxCellLength()));
            }
            if (index != null && index.length() < 12) {
                index.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(xml.getTextLength(), 12));
            }
        }

        @Override
        public void end(String element) {
            if (element.equals("c")) {
                inCell = false;
                sharedCell = false;
            } else if (element.equals("v") && index != null) {
                String digits = index.toString().strip();
                if (digits.matches("\\d{1,10}")) {
                    highestSharedIndex = Math.max(highestSharedIndex, Long.parseLong(digits));
                }
                index = null;
            }
        }

        /** The column a reference such as {@code BC12} names, counted from 1; 0 when it names none. */
        private int column(@Nullable String reference) {
            if (reference == null) {
                return 0;
            }
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
                if (column > limits.maxColumns()) {
                    return column;
                }
            }
            return column;
        }
    }

    private final class SharedStrings implements PartScan {
        private long count;
        private boolean inString;
        private long stringChars;
        private long totalChars;

        @Override
        public void start(XMLStreamReader xml) {
            if (xml.getLocalName().equals("si")) {
                if (++count > limits.maxSharedStrings()) {
                    throw refused(0, "roster.import.limit.sharedStrings", String.valueOf(limits.maxSharedStrings()));
                }
                inString = true;
                stringChars = 0;
            }
        }

        @Override
        public void text(XMLStreamReader xml) {
            if (!inString) {
                return;
            }
            stringChars += xml.getTextLength();
            totalChars += xml.getTextLength();
            if (stringChars > limits.maxCellLength()) {
                throw refused(0, "roster.import.limit.sharedString", String.valueOf(limits.maxCellLength()));
            }
            if (totalChars > limits.maxSharedStringChars()) {
                throw refused(0, "roster.import.limit.sharedStringChars",
                        String.valueOf(limits.maxSharedStringChars()));
            }
        }

        @Override
        public void end(String element) {
            if (element.equals("si")) {
                inString = false;
            }
        }
    }

    private static final class Listing implements PartScan {
        private final String part;
        private int listed;

        Listing(String part) {
            this.part = part;
        }

        @Override
        public void start(XMLStreamReader xml) {
            if (LISTED.contains(xml.getLocalName()) && ++listed > MAX_LISTED) {
                throw refused(0, "roster.import.limit.listed", part, String.valueOf(MAX_LISTED));
            }
        }
    }

    private static TabularFile.Refused refused(long row, String messageKey, String... arguments) {
        return new TabularFile.Refused(new ImportProblem(row, null, null, messageKey, java.util.List.of(arguments)));
    }

    private static XMLInputFactory factory() {
        // the JDK's own parser, not the one found on the class path: it reports long text in chunks
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
