package org.educloud.development.certificates;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Chinese font a certificate embeds, found as equity's reports find theirs: PDF subsetting needs TrueType
 * outlines, so the first of the usual TrueType CJK fonts of Debian, Windows and macOS that exists and has Chinese
 * glyphs is taken (the CFF-based Noto CJK fonts do not serve). Without one, a certificate PDF is refused with a clear
 * message; the certificate itself and its public check work regardless.
 */
@Component
class CertificateFont {

    private static final List<String> USUAL = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simhei.ttf",
            "/System/Library/Fonts/STHeiti Medium.ttc",
            "/Library/Fonts/Arial Unicode.ttf");
    private static final int PROBE = '证';

    /** A font ready to embed; closing it releases the file. */
    record Loaded(TrueTypeFont font, Closeable source) implements Closeable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    private volatile @Nullable Optional<Path> found;

    Optional<Path> file() {
        Optional<Path> known = found;
        if (known == null) {
            known = USUAL.stream().map(Path::of).filter(Files::isReadable).filter(p -> {
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

    Loaded open() throws IOException {
        Path path = file().orElseThrow(() -> new IOException("No CJK TrueType font"));
        Loaded loaded = load(path);
        if (loaded == null) {
            throw new IOException("The font " + path + " has no usable Chinese glyphs");
        }
        return loaded;
    }

    private static @Nullable Loaded load(Path path) throws IOException {
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

    private static boolean usable(TrueTypeFont font) throws IOException {
        boolean outlines = !(font instanceof OpenTypeFont otf) || !otf.isPostScript();
        return outlines && font.getUnicodeCmapLookup(false) != null
                && font.getUnicodeCmapLookup(false).getGlyphId(PROBE) > 0;
    }
}
