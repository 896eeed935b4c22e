package org.educloud.library;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders a small PNG of an image or of a PDF's first page, from the checked upload. Images larger than
 * {@link #MAX_PIXELS} (a decompression bomb, or simply a huge scan) and files that do not render get no preview;
 * the upload itself is not refused for that.
 */
@Component
class Previews {

    private static final Logger LOG = LoggerFactory.getLogger(Previews.class);
    static final int WIDTH = 320;
    static final long MAX_PIXELS = 40_000_000L;

    Optional<byte[]> render(Path file, String mediaType) {
        try {
            BufferedImage source = mediaType.equals("application/pdf") ? firstPage(file)
                    : mediaType.startsWith("image/") ? image(file) : null;
            return source == null ? Optional.empty() : Optional.of(png(scaled(source)));
        } catch (IOException | RuntimeException e) {
            LOG.info("No preview for a {} upload: {}", mediaType, e.toString());
            return Optional.empty();
        }
    }

    private static BufferedImage firstPage(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            if (document.getNumberOfPages() == 0) {
                return null;
            }
            float width = document.getPage(0).getMediaBox().getWidth();
            float scale = width <= 0 ? 1 : Math.min(2f, WIDTH / width);
            return new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
        }
    }

    /** Reads the dimensions first, so a tiny file claiming a gigapixel image is not decoded. */
    private static BufferedImage image(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaled(BufferedImage source) {
        int width = Math.min(WIDTH, source.getWidth());
        int height = Math.max(1, (int) ((long) source.getHeight() * width / source.getWidth()));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
