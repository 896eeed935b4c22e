package org.educloud.shared.pdf;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jspecify.annotations.Nullable;

/**
 * The Chinese font a PDF embeds (equity's reports, teachers' certificates). PDF subsetting needs TrueType outlines,
 * so the CFF-based Noto CJK fonts the browser tests use do not serve; the first of the configured font or the usual
 * TrueType CJK fonts of Debian, Windows and macOS that exists and has Chinese glyphs is taken, looked for once. Each
 * module that makes PDFs extends it as its own bean; without a font, its PDF is refused with a clear message.
 */
public abstract class CjkFont {

    private static final List<String> USUAL = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simhei.ttf",
            "/System/Library/Fonts/STHeiti Medium.ttc",
            "/Library/Fonts/Arial Unicode.ttf");

    /** A font ready to embed; closing it releases the file. */
    public record Loaded(TrueTypeFont font, Closeable source) implements Closeable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    private final @Nullable Path configured;
    private final int probe;
    private volatile @Nullable Optional<Path> found;

    /**
     * @param configured a font the installation names, tried first
     * @param probe      a character the font must have a glyph for
     */
    protected CjkFont(@Nullable Path configured, int probe) {
        this.configured = configured;
        this.probe = probe;
    }

    public boolean available() {
        return file().isPresent();
    }

    /** The font file that will be used, looked for once. */
    public Optional<Path> file() {
        Optional<Path> known = found;
        if (known == null) {
            List<Path> candidates = new ArrayList<>();
            if (configured != null) {
                candidates.add(configured);
            }
            USUAL.forEach(p -> candidates.add(Path.of(p)));
            known = candidates.stream().filter(Files::isReadable).filter(p -> {
                try (Loaded loaded = load(p)) {
                    return loaded != null;
                } catch (IOException e) {
                    return false;
                }
            }).findFirst();
            found = known;
        }
        return known;
    }

    /** Opens the font for one document; the caller closes it after saving. */
    public Loaded open() throws IOException {
        Path path = file().orElseThrow(() -> new IOException("No CJK TrueType font"));
        Loaded loaded = load(path);
        if (loaded == null) {
            throw new IOException("The font " + path + " has no usable Chinese glyphs");
        }
        return loaded;
    }

    private @Nullable Loaded load(Path path) throws IOException {
        File file = path.toFile();
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file);
            TrueTypeFont[] chosen = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (chosen[0] == null && usable(font)) {
                    chosen[0] = font;
                }
            });
            if (chosen[0] == null) {
                collection.close();
                return null;
            }
            return new Loaded(chosen[0], collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
        if (!usable(font)) {
            font.close();
            return null;
        }
        return new Loaded(font, font);
    }

    private boolean usable(TrueTypeFont font) throws IOException {
        boolean outlines = !(font instanceof OpenTypeFont otf) || !otf.isPostScript();
        return outlines && font.getUnicodeCmapLookup(false) != null
                && font.getUnicodeCmapLookup(false).getGlyphId(probe) > 0;
    }
}
