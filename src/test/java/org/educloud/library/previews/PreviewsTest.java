package org.educloud.library.previews;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.educloud.library.files.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Previews of files that claim enormous pages or pictures cost bounded memory and time, or are simply absent. */
class PreviewsTest {

    private final Previews previews = new Previews();

    @TempDir
    Path directory;

    @AfterEach
    void stop() {
        previews.stop();
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = directory.resolve("file-" + System.nanoTime());
        Files.write(file, bytes);
        return file;
    }

    @Test
    void aTinyPdfClaimingAPageFourHundredThousandPointsTallGetsASmallPreviewOfItsTop() throws Exception {
        byte[] tall = TestFiles.tallPdf();
        assertThat(tall.length).isLessThan(400);
        long started = System.nanoTime();
        byte[] png = previews.render(write(tall), "application/pdf").orElseThrow();
        BufferedImage preview = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(preview.getWidth()).isEqualTo(Previews.WIDTH);
        assertThat(preview.getHeight()).isEqualTo(Previews.MAX_HEIGHT);
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(10_000);
    }

    @Test
    void aPageFarWiderThanTallOrAFileThatDoesNotRenderHasNoPreviewAndNoError() throws Exception {
        byte[] wide = TestFiles.pdf("<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                "<</Type/Page/Parent 2 0 R/MediaBox[0 0 400000 160]>>");
        assertThat(previews.render(write(wide), "application/pdf")).as("a sliver").isEmpty();
        assertThat(previews.render(write("%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII)),
                "application/pdf")).isEmpty();
    }

    @Test
    void aPageThatTakesForeverToDrawStopsAtTheDeadlineAndFreesItsWorker() throws Exception {
        Previews hurried = new Previews(Duration.ofSeconds(1));
        try {
            // forms drawing forms, ten times each and seven deep: ten million strokes from a file of 2 KB
            List<String> objects = new ArrayList<>(List.of("<</Type/Catalog/Pages 2 0 R>>",
                    "<</Type/Pages/Kids[3 0 R]/Count 1>>", "<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 300]"
                            + "/Resources<</XObject<</X 5 0 R>>>>/Contents 4 0 R>>",
                    stream("", "/X Do\n".repeat(10))));
            for (int level = 0; level < 7; level++) {
                int next = objects.size() + 2;
                objects.add(level < 6
                        ? stream("/Type/XObject/Subtype/Form/BBox[0 0 300 300]/Resources<</XObject<</X " + next
                                + " 0 R>>>>", "/X Do\n".repeat(10))
                        : stream("/Type/XObject/Subtype/Form/BBox[0 0 300 300]", "0 0 m 300 300 l S\n"));
            }
            byte[] endless = TestFiles.pdf(objects.toArray(String[]::new));
            assertThat(endless.length).isLessThan(3000);
            assertThat(hurried.render(write(endless), "application/pdf")).isEmpty();
            assertThat(hurried.render(write(endless), "application/pdf")).isEmpty();
            // both workers have had one: they are free again for the next upload
            assertThat(hurried.render(write(TestFiles.tallPdf()), "application/pdf")).isPresent();
        } finally {
            hurried.stop();
        }
    }

    private static String stream(String dictionary, String content) {
        return "<<" + dictionary + "/Length " + content.length() + ">>stream\n" + content + "\nendstream\n";
    }

    @Test
    void aTallNarrowPictureIsDecodedOnlyAsFarAsThePreviewShows() throws Exception {
        BufferedImage strip = new BufferedImage(200, 20_000, BufferedImage.TYPE_INT_RGB);
        var png = new java.io.ByteArrayOutputStream();
        ImageIO.write(strip, "png", png);
        BufferedImage preview = ImageIO.read(new ByteArrayInputStream(
                previews.render(write(png.toByteArray()), "image/png").orElseThrow()));
        assertThat(preview.getWidth()).isEqualTo(200);
        assertThat(preview.getHeight()).isEqualTo(Previews.MAX_HEIGHT);
    }
}
