package org.educloud.library.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Whether a legacy Office file (.doc, .xls, .ppt: an OLE2 compound file) carries VBA macros, which ADR 11 refuses as
 * for the newer formats. Word keeps them in a {@code Macros} storage, Excel in {@code _VBA_PROJECT_CUR}, both with a
 * {@code VBA} storage inside. Rather than follow the file's allocation tables (which a hostile file may loop), every
 * 128-byte slot of the file is looked at as a directory entry could be: a directory entry always sits in such a slot
 * (sectors are 512 or 4096 bytes after a 512-byte header), so no entry can hide; a slot that merely looks like one of
 * these entries refuses the file, which errs on the safe side. PowerPoint keeps its macros inside its own document
 * stream, compressed: those are not seen here.
 */
final class LegacyOfficeMacros {

    static final Set<String> MEDIA_TYPES = Set.of("application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint");
    private static final Set<String> MACRO_STORAGES = Set.of("Macros", "_VBA_PROJECT_CUR", "VBA", "_VBA_PROJECT");
    private static final int SLOT = 128;

    private LegacyOfficeMacros() {
    }

    static boolean present(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            byte[] slot = new byte[SLOT];
            while (in.readNBytes(slot, 0, SLOT) == SLOT) {
                if (MACRO_STORAGES.contains(entryName(slot))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The name of the directory entry the slot would be, or "" when it cannot be one. */
    private static String entryName(byte[] slot) {
        int length = Byte.toUnsignedInt(slot[64]) | Byte.toUnsignedInt(slot[65]) << 8;
        int type = slot[66];
        // a name is at most 31 UTF-16 units and a terminating zero; storages are type 1, streams 2
        if (length < 4 || length > 64 || length % 2 != 0 || type != 1 && type != 2
                || slot[length - 2] != 0 || slot[length - 1] != 0) {
            return "";
        }
        return new String(slot, 0, length - 2, StandardCharsets.UTF_16LE);
    }
}
