package org.educloud.assessment.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;
import org.educloud.shared.tabular.ZipEntries;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * The files of a content package, read whole into memory through the shared zip limits (entries counted, each
 * entry's real inflated size, the total and the compression ratio), with limits of their own far below the roster's:
 * a package of items and their pictures is small. Names are the package's relative paths; an entry whose name climbs
 * out of the package ({@code ../}), is absolute or names a drive is refused, so no later step can be led outside.
 */
final class PackageFiles {

    /** What a QTI package may hold: fewer entries and far fewer bytes than a roster zip. */
    static ImportLimits limits(ImportLimits platform) {
        return new ImportLimits(platform.maxFileSize(), Math.min(platform.maxEntries(), 2_000),
                min(platform.maxEntrySize(), DataSize.ofMegabytes(10)),
                min(platform.maxUnpackedSize(), DataSize.ofMegabytes(100)), platform.maxCompressionRatio(),
                platform.maxSharedStrings(), platform.maxSharedStringChars(), platform.maxColumns(), platform.maxRows(),
                platform.maxCellLength(), platform.maxLineLength(), platform.maxDocumentSize(),
                platform.maxDocumentTokens());
    }

    private static DataSize min(DataSize a, DataSize b) {
        return a.toBytes() <= b.toBytes() ? a : b;
    }

    private final Map<String, byte[]> files;

    private PackageFiles(Map<String, byte[]> files) {
        this.files = files;
    }

    /** Reads the package, or answers the problem that stopped it (a limit, a path, not a zip at all). */
    static PackageFiles read(Path zip, ImportLimits limits, List<ImportProblem> problems) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            ZipEntries.read(zip, limits, (entry, content) -> {
                String name = entry.getName();
                if (entry.isDirectory()) {
                    return;
                }
                String safe = normalised(name);
                if (safe == null) {
                    problems.add(new ImportProblem(0, name, null, "assessment.exchange.unsafePath", List.of(name)));
                    return;
                }
                files.put(safe, content.readAllBytes());
            });
        } catch (TabularFile.Refused refused) {
            problems.add(refused.problem());
        } catch (IOException | RuntimeException notAZip) {
            problems.add(ImportProblem.ofFile("assessment.exchange.notZip"));
        }
        return new PackageFiles(files);
    }

    /**
     * A path inside the package with {@code .} and {@code dir/..} resolved, or null when it is absolute, names a
     * drive or climbs above the package's root.
     */
    static @Nullable String normalised(String path) {
        String p = path.replace('\\', '/');
        if (p.isEmpty() || p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.indexOf('\0') >= 0) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : p.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    /** A reference from a file of the package (an href, an img src), resolved against that file's folder. */
    static @Nullable String resolve(String from, String reference) {
        String ref = reference.strip();
        int cut = ref.indexOf('#');
        ref = cut >= 0 ? ref.substring(0, cut) : ref;
        cut = ref.indexOf('?');
        ref = cut >= 0 ? ref.substring(0, cut) : ref;
        if (ref.isEmpty() || ref.contains(":") || ref.startsWith("/")) {
            return null;
        }
        ref = java.net.URLDecoder.decode(ref.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        int slash = from.lastIndexOf('/');
        return normalised((slash >= 0 ? from.substring(0, slash + 1) : "") + ref);
    }

    @Nullable byte[] get(String name) {
        return files.get(name);
    }

    boolean has(String name) {
        return files.containsKey(name);
    }

    List<String> names() {
        return new ArrayList<>(files.keySet());
    }
}
