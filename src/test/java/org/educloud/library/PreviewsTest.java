package org.educloud.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
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
