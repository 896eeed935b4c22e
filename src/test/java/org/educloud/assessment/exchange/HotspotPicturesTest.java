package org.educloud.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The hotspot pictures of a package are drawn once every item file has been read: each interaction on a copy of its
 * own, each picture decoded once however many interactions show it, and a package whose pictures would take more
 * pixels than an import may spend is refused before anything is decoded. Counted, never timed.
 */
class HotspotPicturesTest {

    /** The colour HotspotPicture draws areas and letters in. */
    private static final int LINE = new Color(0xD6, 0x33, 0x6C).getRGB();

    private static final ImportLimits PLATFORM = new ImportLimits(DataSize.ofMegabytes(200), 1000,
            DataSize.ofMegabytes(512), DataSize.ofGigabytes(2), 200, 500_000, 10_000_000L, 1024, 10_000_000, 32_767,
            262_144, DataSize.ofMegabytes(8), 1_000_000L);

    /** One package read as QtiImport reads it, up to the drawing. */
    private static final class Reading {
        final List<ImportProblem> problems = new ArrayList<>();
        final PackageMedia media;
        final HotspotPictures hotspots;
        final List<QtiItemReader.Read> items = new ArrayList<>();

        Reading(Map<String, byte[]> files) throws Exception {
            Path zip = QtiPackages.zip(files);
            try {
                PackageFiles pack = PackageFiles.read(zip, PackageFiles.limits(PLATFORM), problems);
                media = new PackageMedia(pack);
                hotspots = new HotspotPictures(media);
                for (String file : files.keySet()) {
                    if (file.endsWith(".xml")) {
                        items.addAll(new QtiItemReader(file, media, hotspots, problems)
                                .read(SafeXml.parse(pack.get(file)), QtiImport.MAX_ITEMS - items.size()));
                    }
                }
            } finally {
                Files.deleteIfExists(zip);
            }
        }
    }

    @Test
    void fortyHotspotsOnOnePictureDecodeItOnceAndEachKeepsItsOwnArea() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("images/grid.png", png(420, 200));
        files.put("items/first.xml", item(0, 20, 420, 200));
        files.put("items/second.xml", item(20, 20, 420, 200));
        Reading reading = new Reading(files);
        assertThat(reading.problems).isEmpty();
        assertThat(reading.items).hasSize(40);

        reading.hotspots.draw(reading.problems);

        assertThat(reading.problems).isEmpty();
        assertThat(reading.hotspots.decodes()).isEqualTo(1);
        List<String> pictures = reading.media.paths();
        assertThat(pictures).hasSize(40);
        assertThat(new HashSet<>(reading.items.stream().map(r -> placeholder(r.content().stem())).toList()))
                .hasSize(40);
        for (int i = 0; i < 40; i++) {
            BufferedImage marked = ImageIO.read(new ByteArrayInputStream(reading.media.bytes(pictures.get(i))));
            int other = (i + 1) % 40;
            assertThat(marked.getRGB(centreX(i) - 6, centreY(i))).as("its own area, hotspot %d", i).isEqualTo(LINE);
            assertThat(marked.getRGB(centreX(other) - 6, centreY(other))).as("another's area, hotspot %d", i)
                    .isNotEqualTo(LINE);
        }
    }

    @Test
    void picturesOverThePixelsOfAnImportAreRefusedBeforeAnyIsDecoded() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        // 4 MP read once and drawn 40 times: 164 MP, over the 150 an import may spend
        files.put("images/grid.png", png(2000, 2000));
        files.put("items/first.xml", item(0, 20, 2000, 2000));
        files.put("items/second.xml", item(20, 20, 2000, 2000));
        Reading reading = new Reading(files);
        assertThat(reading.problems).isEmpty();

        reading.hotspots.draw(reading.problems);

        assertThat(reading.hotspots.decodes()).isZero();
        assertThat(reading.problems).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("assessment.exchange.hotspotPixels");
            assertThat(p.arguments()).containsExactly("150", "164", "15000", "16400");
        });
    }

    @Test
    void copiesOfADetailedPictureAreCountedInBytesAndTheImportStopsAtItsLimit() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        // 1.44 MP of noise (about 4 MB however it is encoded) shown by 20 hotspots: 30 MP of work, within the pixel
        // budget, but some 80 MB of drawn copies
        files.put("images/grid.png", noise(1200, 1200));
        files.put("items/detailed.xml", item(0, 20, 1200, 1200));
        Reading reading = new Reading(files);
        assertThat(reading.problems).isEmpty();

        reading.hotspots.draw(reading.problems);

        assertThat(reading.problems).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("assessment.exchange.hotspotBytes");
            assertThat(p.arguments()).containsExactly("64", "items/detailed.xml");
        });
        long kept = reading.media.paths().stream().map(reading.media::bytes)
                .filter(java.util.Objects::nonNull).mapToLong(b -> b.length).sum();
        assertThat(kept).as("copies held, the package's own picture included")
                .isLessThanOrEqualTo(HotspotPictures.MAX_DRAWN_BYTES + files.get("images/grid.png").length);
    }

    @Test
    void anItemFileWithTenThousandHotspotsIsRefusedBeforeAnyIsRead() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("images/grid.png", png(420, 200));
        files.put("items/flood.xml", item(0, 10_000, 420, 200));
        Reading reading = new Reading(files);

        assertThat(reading.items).isEmpty();
        assertThat(reading.problems).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("assessment.exchange.tooManyInteractions");
            assertThat(p.arguments()).containsExactly("items/flood.xml", "10000",
                    String.valueOf(QtiItemReader.MAX_INTERACTIONS));
        });
        assertThat(reading.media.paths()).isEmpty();
        reading.hotspots.draw(reading.problems);
        assertThat(reading.hotspots.decodes()).isZero();
    }

    private static String placeholder(String stem) {
        return stem.replaceAll("(?s).*<img src=\"([^\"]+)\".*", "$1");
    }

    /** Hotspot k's first area: a small square around a centre of its own, ten to a row (the second is shared). */
    private static int centreX(int k) {
        return 20 + 40 * (k % 10);
    }

    private static int centreY(int k) {
        return 20 + 45 * (k / 10 % 4);
    }

    /** An item file holding {@code count} hotspot interactions on images/grid.png, numbered from {@code first}. */
    private static byte[] item(int first, int count, int width, int height) {
        StringBuilder declarations = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int k = first; k < first + count; k++) {
            declarations.append("<responseDeclaration identifier=\"R").append(k)
                    .append("\" cardinality=\"single\" baseType=\"identifier\"><correctResponse><value>H").append(k)
                    .append("</value></correctResponse></responseDeclaration>\n");
            int x = centreX(k);
            int y = centreY(k);
            body.append("<hotspotInteraction responseIdentifier=\"R").append(k).append("\" maxChoices=\"1\">")
                    .append("<object type=\"image/png\" width=\"").append(width).append("\" height=\"").append(height)
                    .append("\" data=\"../images/grid.png\">网格</object>")
                    .append("<hotspotChoice identifier=\"H").append(k).append("\" shape=\"rect\" coords=\"")
                    .append(x - 5).append(',').append(y - 5).append(',').append(x + 5).append(',').append(y + 5)
                    .append("\"/><hotspotChoice identifier=\"X").append(k)
                    .append("\" shape=\"rect\" coords=\"400,185,410,195\"/></hotspotInteraction>\n");
        }
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="grid" title="网格">
                """ + declarations + "<itemBody><p>选出标出的格子。</p>\n" + body + "</itemBody></assessmentItem>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A picture of random colours: nothing for PNG to compress. */
    private static byte[] noise(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
