package org.educloud.assessment.exchange;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.shared.tabular.ImportProblem;

/**
 * The hotspot pictures of one package: every hotspot interaction gets a copy of its picture of its own, with its
 * own areas drawn and lettered, under a placeholder of its own (two interactions on one picture never share a copy).
 * Reading an item only notes what to draw ({@link #add}); the drawing waits until every item file has been read and
 * counted ({@link #draw}), so a package refused for its size never has a picture decoded. Then the pixels the work
 * takes are reckoned from the pictures' headers alone — each picture decoded once, plus each copy drawn and encoded —
 * and a package over {@link #MAX_PIXELS} is refused before any decoding; otherwise each picture is decoded once and
 * every copy drawn from it. The copies wait in memory for the import's one write, so their encoded bytes are counted
 * as they are made and the import stops at {@link #MAX_DRAWN_BYTES}: pixels bound the work, not the size of a noisy
 * picture's copies (a 4.5 MB photograph-like picture shown by 99 hotspots would otherwise hold 450 MB).
 */
final class HotspotPictures {

    /**
     * Pixels one import may decode and draw in all: 150 megapixels, e.g. 50 hotspot items of 1.5 MP each on their
     * own pictures, or 100 of them on one 1.5 MP picture. A single picture stays within {@link HotspotPicture#MAX_PIXELS}.
     */
    static final long MAX_PIXELS = 150_000_000L;

    /** Encoded bytes of the drawn copies one import may hold until it writes them: 64 MiB. */
    static final long MAX_DRAWN_BYTES = 64L * 1024 * 1024;

    /** One interaction's copy to draw: its key (and placeholder), where it was read, its picture and areas. */
    record Marking(String key, String file, String where, String reference, String path,
                   List<HotspotPicture.Area> areas, int declaredWidth, int declaredHeight) {
    }

    private final PackageMedia media;
    private final List<Marking> markings = new ArrayList<>();
    private int decodes;
    private long drawnBytes;

    HotspotPictures(PackageMedia media) {
        this.media = media;
    }

    /**
     * The placeholder of the interaction's own copy of {@code path}; {@code where} (its location in {@code file})
     * tells the interaction apart from every other one of the package.
     */
    String add(String file, String where, String reference, String path, List<HotspotPicture.Area> areas,
               int declaredWidth, int declaredHeight) {
        // '#' is cut from every reference a package makes (PackageFiles.resolve): no path of the package is a key
        String key = file + "#" + where;
        markings.add(new Marking(key, file, where, reference, path, List.copyOf(areas), declaredWidth,
                declaredHeight));
        return media.derived(key, path);
    }

    /** Draws every copy, or adds the problems that stop it (a picture unreadable, the pixels over the limit). */
    void draw(List<ImportProblem> problems) {
        Map<String, List<Marking>> byPicture = new LinkedHashMap<>();
        markings.forEach(m -> byPicture.computeIfAbsent(m.path(), p -> new ArrayList<>()).add(m));
        long pixels = 0;
        int before = problems.size();
        for (List<Marking> same : byPicture.values()) {
            Marking first = same.getFirst();
            try {
                Dimension size = HotspotPicture.size(media.bytes(first.path()));
                pixels += (long) size.width * size.height * (1 + same.size());
            } catch (HotspotPicture.Unusable unusable) {
                problem(problems, first, unusable);
            }
        }
        if (problems.size() > before) {
            return;
        }
        if (pixels > MAX_PIXELS) {
            problems.add(ImportProblem.ofFile("assessment.exchange.hotspotPixels", megapixels(MAX_PIXELS),
                    megapixels(pixels), tenThousands(MAX_PIXELS), tenThousands(pixels)));
            return;
        }
        for (List<Marking> same : byPicture.values()) {
            BufferedImage picture;
            try {
                decodes++;
                picture = HotspotPicture.decoded(media.bytes(same.getFirst().path()));
            } catch (HotspotPicture.Unusable unusable) {
                problem(problems, same.getFirst(), unusable);
                continue;
            }
            for (Marking marking : same) {
                try {
                    byte[] copy = HotspotPicture.marked(picture, marking.areas(), marking.declaredWidth(),
                            marking.declaredHeight());
                    drawnBytes += copy.length;
                    if (drawnBytes > MAX_DRAWN_BYTES) {
                        problems.add(ImportProblem.ofFile("assessment.exchange.hotspotBytes",
                                String.valueOf(MAX_DRAWN_BYTES / (1024 * 1024)), marking.file()));
                        return;
                    }
                    media.draw(marking.key(), copy);
                } catch (HotspotPicture.Unusable unusable) {
                    problem(problems, marking, unusable);
                }
            }
        }
    }

    /** How many pictures {@link #draw} decoded: one per picture, however many interactions show it. */
    int decodes() {
        return decodes;
    }

    private static void problem(List<ImportProblem> problems, Marking marking, HotspotPicture.Unusable unusable) {
        problems.add(new ImportProblem(0, marking.file(), marking.where(), unusable.messageKey(),
                List.of(marking.file(), marking.reference(), unusable.detail())));
    }

    /** Pixels in megapixels (English messages) and in units of ten thousand, 万 (Chinese ones), rounded up. */
    private static String megapixels(long pixels) {
        return String.valueOf((pixels + 999_999) / 1_000_000);
    }

    private static String tenThousands(long pixels) {
        return String.valueOf((pixels + 9_999) / 10_000);
    }
}
