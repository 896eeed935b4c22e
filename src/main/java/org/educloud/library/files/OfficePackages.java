package org.educloud.library.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.educloud.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * Whether a file named and sniffed as an Office document is one. Magic bytes only say "a zip", and the name made it
 * a .docx, so a renamed archive passed the archive ban. Now an OOXML package must list its parts in
 * {@code [Content_Types].xml} and contain the main part that list names for its kind (a .docx's document, a .xlsx's
 * workbook, a .pptx's presentation) with that kind's root element; an OpenDocument file must name its kind in its
 * {@code mimetype} entry and contain {@code content.xml}. Packages carrying macros are refused as well. Only the
 * zip's directory (bounded in entries and bytes before it is read) and the start of two small parts are read, so a
 * zip bomb inflates nothing: of the main part no more than {@link #MAX_INSPECTED_BYTES}, since a root element whose
 * tag does not end within them (one attribute of hundreds of megabytes deflates to almost nothing) is no document.
 * The parts are parsed from those bytes by the JDK's own StAX parser, not whichever one the classpath brings (Aalto
 * buffers a whole tag), with document type declarations refused outright.
 */
final class OfficePackages {

    static final int MAX_ENTRIES = 20_000;
    static final long MAX_DIRECTORY_BYTES = 8L * 1024 * 1024;
    static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;
    /** Of a main part, the bytes within which its root element must have begun: real ones need a few hundred. */
    static final int MAX_INSPECTED_BYTES = 64 * 1024;

    /** Media type → (content type of the main part, local name of its root element). */
    private static final Map<String, String[]> OOXML_MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new String[] {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "document"},
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new String[] {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "workbook"},
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", new String[] {
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                    "presentation"});

    private static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private OfficePackages() {
    }

    static boolean applies(String mediaType) {
        return OOXML_MAIN_PARTS.containsKey(mediaType) || mediaType.startsWith("application/vnd.oasis.opendocument.");
    }

    /** Refuses the file unless it really is a macro-free package of the given kind. */
    static void check(Path file, String mediaType, String extension) throws IOException {
        if (!directoryWithinBounds(file)) {
            throw notAPackage(extension);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean valid = OOXML_MAIN_PARTS.containsKey(mediaType)
                    ? ooxml(zip, OOXML_MAIN_PARTS.get(mediaType), extension)
                    : openDocument(zip, mediaType);
            if (!valid) {
                throw notAPackage(extension);
            }
            if (zip.stream().map(e -> e.getName().toLowerCase(Locale.ROOT)).anyMatch(name ->
                    name.endsWith("vbaproject.bin") || name.startsWith("basic/") || name.startsWith("scripts/"))) {
                throw new RuleViolationException("library.error.officeMacros", extension);
            }
        } catch (java.util.zip.ZipException | XMLStreamException e) {
            throw notAPackage(extension);
        }
    }

    private static boolean ooxml(ZipFile zip, String[] mainPart, String extension)
            throws IOException, XMLStreamException {
        ZipEntry listing = zip.getEntry("[Content_Types].xml");
        if (listing == null) {
            return false;
        }
        String partName = null;
        try (InputStream in = zip.getInputStream(listing)) {
            byte[] bytes = in.readNBytes(MAX_CONTENT_TYPES_BYTES + 1);
            if (bytes.length > MAX_CONTENT_TYPES_BYTES) {
                return false;
            }
            XMLStreamReader xml = XML.createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    return false;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String type = xml.getAttributeValue(null, "ContentType");
                    if (type != null && type.toLowerCase(Locale.ROOT).contains("macroenabled")) {
                        throw new RuleViolationException("library.error.officeMacros", extension);
                    }
                    if (xml.getLocalName().equals("Override") && mainPart[0].equals(type)) {
                        partName = xml.getAttributeValue(null, "PartName");
                    }
                }
            }
        }
        if (partName == null) {
            return false;
        }
        ZipEntry main = zip.getEntry(partName.startsWith("/") ? partName.substring(1) : partName);
        return main != null && mainPart[1].equals(rootElement(zip, main));
    }

    private static boolean openDocument(ZipFile zip, String mediaType) throws IOException, XMLStreamException {
        ZipEntry declared = zip.getEntry("mimetype");
        ZipEntry content = zip.getEntry("content.xml");
        if (declared == null || content == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(declared)) {
            String named = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
            if (!named.equals(mediaType)) {
                return false;
            }
        }
        return "document-content".equals(rootElement(zip, content));
    }

    /**
     * The local name of a part's first element, from its first {@link #MAX_INSPECTED_BYTES} only: a part whose root
     * element has not begun and ended its tag by then, or that declares a document type, has none.
     */
    private static @Nullable String rootElement(ZipFile zip, ZipEntry part) throws IOException, XMLStreamException {
        byte[] start;
        try (InputStream in = zip.getInputStream(part)) {
            start = in.readNBytes(MAX_INSPECTED_BYTES);
        }
        XMLStreamReader xml = XML.createXMLStreamReader(new ByteArrayInputStream(start));
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                return null;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return xml.getLocalName();
            }
        }
        return null;
    }

    /**
     * Reads the zip's end record from the file's tail: the number of entries and the size of the central directory,
     * which {@link ZipFile} would otherwise load whole, however large the file claims it is. The record is the one
     * whose comment ends the file, as for {@link ZipFile}: a record-like run of bytes inside the comment, claiming a
     * small directory, is not it.
     */
    private static boolean directoryWithinBounds(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 22 + 65_535);
            ByteBuffer buffer = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            int read = 0;
            while (buffer.hasRemaining() && read >= 0) {
                read = channel.read(buffer, size - tail + buffer.position());
            }
            for (int at = tail - 22; at >= 0; at--) {
                if (buffer.getInt(at) == 0x06054b50
                        && at + 22 + Short.toUnsignedInt(buffer.getShort(at + 20)) == tail) {
                    int entries = Short.toUnsignedInt(buffer.getShort(at + 10));
                    long directory = Integer.toUnsignedLong(buffer.getInt(at + 12));
                    return entries <= MAX_ENTRIES && directory <= MAX_DIRECTORY_BYTES;
                }
            }
            return false;
        }
    }

    private static RuleViolationException notAPackage(String extension) {
        return new RuleViolationException("library.error.officeStructure", extension);
    }
}
