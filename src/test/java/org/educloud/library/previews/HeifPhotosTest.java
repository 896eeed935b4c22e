package org.educloud.library.previews;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.educloud.support.Homework;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** iPhone photos get a JPEG copy browsers can show when libheif's heif-convert is installed, and nothing else. */
class HeifPhotosTest {

    private static final Path HEIF_CONVERT = Path.of("/usr/bin/heif-convert");

    @TempDir
    Path work;

    @Test
    void anIphonePhotoBecomesAJpegOfTheSameSize() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(HEIF_CONVERT), "heif-convert not installed (libheif-examples)");
        Path photo = Files.write(work.resolve("IMG_0001.heic"), Homework.realIphonePhoto());

        Path copy = new HeifPhotos(HEIF_CONVERT).jpeg(photo, work).orElseThrow();

        BufferedImage image = ImageIO.read(copy.toFile());
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(800);
        try (var left = Files.list(work)) {
            assertThat(left).as("only the photo and its copy remain").hasSize(2);
        }
    }

    @Test
    void aFileThatOnlyLooksLikeAnIphonePhotoGetsNoCopy() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(HEIF_CONVERT), "heif-convert not installed (libheif-examples)");
        Path photo = Files.write(work.resolve("IMG_0002.heic"), Homework.iphonePhoto());

        assertThat(new HeifPhotos(HEIF_CONVERT).jpeg(photo, work)).isEmpty();
        try (var left = Files.list(work)) {
            assertThat(left).hasSize(1);
        }
    }

    @Test
    void withoutHeifConvertPhotosAreKeptWithoutACopy() throws Exception {
        Path photo = Files.write(work.resolve("IMG_0003.heic"), Homework.realIphonePhoto());
        HeifPhotos missing = new HeifPhotos(null);

        assertThat(missing.available()).isFalse();
        assertThat(missing.jpeg(photo, work)).isEmpty();
    }
}
