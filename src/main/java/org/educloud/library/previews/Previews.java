package org.educloud.library.previews;

import jakarta.annotation.PreDestroy;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders a small PNG of an image or of a PDF's first page, from the checked upload. A preview is at most
 * {@link #WIDTH} × {@link #MAX_HEIGHT} pixels however large the page or picture claims to be (a tall page shows its
 * top), images are decoded subsampled and not at all beyond {@link #MAX_PIXELS}, and all rendering happens on a
 * few threads of its own with a short queue and a time limit, which also stops a PDF's drawing
 * ({@link PreviewRenderer}), so hostile files cost bounded memory and time. A file that does not render in time, or
 * at all, or while the workers are busy, simply has no preview: the upload itself is never refused for that.
 */
@Component
public class Previews {

    private static final Logger LOG = LoggerFactory.getLogger(Previews.class);
    public static final int WIDTH = 320;
    public static final int MAX_HEIGHT = 3 * WIDTH;
    /** Images with more pixels than this are not decoded at all (a decompression bomb, or simply a huge scan). */
    static final long MAX_PIXELS = 40_000_000L;
    /** Below this height a preview shows nothing useful (a page a thousand times wider than tall). */
    private static final int MIN_HEIGHT = 8;
    private static final int WORKERS = 2;
    private static final int QUEUED = 8;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(20);

    private final ThreadPoolExecutor workers;
    private final Duration timeLimit;

    Previews() {
        this(TIME_LIMIT);
    }

    Previews(Duration timeLimit) {
        this.timeLimit = timeLimit;
        AtomicInteger number = new AtomicInteger();
        workers = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED),
                task -> {
                    Thread thread = new Thread(task, "preview-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    public Optional<byte[]> render(Path file, String mediaType) {
        boolean pdf = mediaType.equals("application/pdf");
        if (!pdf && !mediaType.startsWith("image/")) {
            return Optional.empty();
        }
        Future<byte @Nullable []> rendering;
        try {
            long deadline = System.nanoTime() + timeLimit.toNanos();
            rendering = workers.submit(() -> {
                BufferedImage preview = pdf ? firstPage(file, deadline) : image(file);
                return preview == null ? null : png(preview);
            });
        } catch (RejectedExecutionException busy) {
            LOG.info("No preview for a {} upload: the preview workers are busy", mediaType);
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(rendering.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            // a PDF's drawing stops at the same deadline (PreviewRenderer); a task still queued goes at once
            rendering.cancel(true);
            workers.purge();
            LOG.info("No preview for a {} upload: rendering took longer than {}", mediaType, timeLimit);
        } catch (ExecutionException e) {
            // an Error too (running out of memory on a hostile file): it ended the rendering, not the upload
            LOG.info("No preview for a {} upload: {}", mediaType, e.getCause().toString());
        } catch (InterruptedException e) {
            rendering.cancel(true);
            workers.purge();
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /**
     * Draws the page straight into the preview's pixels at the scale that makes it {@link #WIDTH} wide, so the
     * memory needed does not depend on the size the page claims (a 313-byte PDF may claim a page 400,000 points
     * tall); content beyond {@link #MAX_HEIGHT} is clipped away.
     */
    private static @Nullable BufferedImage firstPage(Path file, long deadline) throws IOException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()),
                IOUtils.createTempFileOnlyStreamCache())) {
            if (document.getNumberOfPages() == 0) {
                return null;
            }
            PDPage page = document.getPage(0);
            PDRectangle box = page.getCropBox();
            boolean sideways = page.getRotation() % 180 != 0;
            float pageWidth = sideways ? box.getHeight() : box.getWidth();
            float pageHeight = sideways ? box.getWidth() : box.getHeight();
            if (!(pageWidth > 0 && pageHeight > 0)) {
                return null;
            }
            float scale = Math.min(2f, WIDTH / pageWidth);
            int width = Math.max(1, Math.round(pageWidth * scale));
            float height = pageHeight * scale;
            if (height < MIN_HEIGHT) {
                return null;
            }
            BufferedImage preview = new BufferedImage(width, (int) Math.min(MAX_HEIGHT, Math.ceil(height)),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = preview.createGraphics();
            try {
                g.setBackground(Color.WHITE);
                g.clearRect(0, 0, preview.getWidth(), preview.getHeight());
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                PDFRenderer renderer = new PreviewRenderer(document, deadline);
                // large embedded pictures are decoded at about the resolution shown, not at their own
                renderer.setSubsamplingAllowed(true);
                renderer.renderPageToGraphics(0, g, scale);
            } finally {
                g.dispose();
            }
            return preview;
        }
    }

    /** Reads the dimensions first, so a tiny file claiming a gigapixel image is not decoded. */
    private static @Nullable BufferedImage image(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    return null;
                }
                // every step-th pixel of the top part is all the preview shows, so that is all that is decoded
                int step = Math.max(1, width / WIDTH);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                long rowsShown = (long) MAX_HEIGHT * width / Math.min(WIDTH, width) + 1;
                param.setSourceRegion(new Rectangle(0, 0, width, (int) Math.min(height, rowsShown)));
                return scaled(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        }
    }

    /** At most {@link #WIDTH} wide, and the top {@link #MAX_HEIGHT} pixels of what that makes. */
    private static BufferedImage scaled(BufferedImage source) {
        int width = Math.min(WIDTH, source.getWidth());
        long fullHeight = Math.max(1, (long) source.getHeight() * width / source.getWidth());
        int height = (int) Math.min(MAX_HEIGHT, fullHeight);
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, (int) fullHeight, Color.WHITE, null);
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
