package org.educloud.shared.tabular;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The encoding of a part of an XLSX workbook, told from its first bytes as the XML specification's appendix F tells
 * it. OOXML allows UTF-8 and UTF-16 only, and only those are inspected. fastexcel-reader's parser (Aalto) detects
 * UTF-32 too, whatever the part is called (version 1.3.3 then fails at the first character, a bug a later version
 * may well fix), so a part that would be XML in any other encoding is refused here, and so is a part named as XML
 * ({@code .xml}, {@code .rels}) that does not start as XML in UTF-8 or UTF-16. Otherwise such a part would pass
 * uninspected, and its reader could meet a sheet or shared strings nobody counted (a cell in column ZZZZZZ would
 * make it grow a list of 321 million entries).
 */
final class PartEncoding {

    /** The encodings a part may declare, as its XML declaration spells them (compared without case). */
    private static final Set<String> DECLARABLE = Set.of("utf-8", "utf-16", "utf-16be", "utf-16le");

    private PartEncoding() {
    }

    /**
     * The encoding to inspect the part in (a UTF-8 byte order mark is skipped); null when it is not XML and not named
     * as XML (an image, a printer setting). Throws {@link TabularFile.Refused} for XML in any other encoding.
     */
    static @Nullable Charset of(BufferedInputStream in, String part) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length == 0) {
            return null; // an empty part: nothing to parse, nothing to allocate
        }
        int signature = 0;
        for (int i = 0; i < 4; i++) {
            signature = signature << 8 | (i < head.length ? head[i] & 0xFF : 0xFF);
        }
        switch (signature) {
            // UCS-4 (UTF-32) with a byte order mark, in each of the four byte orders; then without, starting with '<';
            // then EBCDIC
            case 0x0000FEFF, 0xFFFE0000, 0x0000FFFE, 0xFEFF0000, 0x0000003C, 0x3C000000, 0x00003C00, 0x003C0000,
                 0x4C6FA794 -> throw refused(part);
            default -> {
            }
        }
        int b0 = head[0] & 0xFF;
        int b1 = head.length > 1 ? head[1] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && head.length > 2 && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            return StandardCharsets.UTF_16;
        }
        if (b0 == 0 && b1 == '<') {
            return StandardCharsets.UTF_16BE;
        }
        if (b0 == '<' && b1 == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == '<' || b0 == ' ' || b0 == '\t' || b0 == '\r' || b0 == '\n') {
            return StandardCharsets.UTF_8;
        }
        String name = part.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml") || name.endsWith(".rels")) {
            throw refused(part);
        }
        return null;
    }

    /**
     * Refuses a part whose XML declaration names another encoding than it was inspected in could be: Aalto would
     * switch to it, and read other characters than were counted.
     */
    static void declared(@Nullable String encoding, String part) {
        if (encoding != null && !DECLARABLE.contains(encoding.strip().toLowerCase(Locale.ROOT))) {
            throw refused(part);
        }
    }

    private static TabularFile.Refused refused(String part) {
        return new TabularFile.Refused(ImportProblem.ofFile("roster.import.limit.encoding", part));
    }
}
