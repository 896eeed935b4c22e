package org.educloud.library.previews;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * iPhone photos (HEIC/HEIF) made viewable: no browser but Safari shows them, and no maintained Java library
 * decodes them, so a JPEG copy is made with libheif's {@code heif-convert} (Debian: {@code libheif-examples}), in a
 * process of its own with a time limit (killed when it runs over), a memory limit (util-linux's {@code prlimit},
 * where present) and at most two at a time; the copy gets the preview and is what pages show.
 * Without the program, HEIC photos are still accepted and stored, with no preview or in-page view; the start-up log
 * says which package is missing and the pages say the photo must be downloaded (ADR 21).
 */
@Component
public class HeifPhotos {

    static final Set<String> MEDIA_TYPES = Set.of("image/heic", "image/heif");
    private static final Logger LOG = LoggerFactory.getLogger(HeifPhotos.class);
    private static final Duration TIME_LIMIT = Duration.ofSeconds(30);
    private static final String PROGRAM = "heif-convert";
    /**
     * What one conversion may take: a crafted photo (a huge grid of tiles) must fail inside its own process, not
     * take the machine's memory; a 48-megapixel iPhone photo decodes within a few hundred megabytes.
     */
    private static final long MEMORY_LIMIT = 1L << 30;
    /** Conversions at once per node; a class uploading together waits briefly, then is stored without a copy. */
    private static final int AT_ONCE = 2;
    private static final Duration WAIT_FOR_TURN = Duration.ofSeconds(10);

    private final @Nullable Path converter;
    private final @Nullable Path limiter = onPath("prlimit");
    private final Semaphore turns = new Semaphore(AT_ONCE);

    @Autowired
    HeifPhotos() {
        this(onPath(PROGRAM));
    }

    HeifPhotos(@Nullable Path converter) {
        this.converter = converter;
        if (converter == null) {
            LOG.warn("{} was not found: iPhone photos (HEIC) are stored but get no preview and are not shown in "
                    + "pages; install it (Debian: apt-get install libheif-examples)", PROGRAM);
        }
    }

    boolean available() {
        return converter != null;
    }

    public static boolean handles(String mediaType) {
        return MEDIA_TYPES.contains(mediaType);
    }

    /**
     * A JPEG copy of the photo, written under {@code work}; empty when the program is missing, fails, runs over its
     * time, or makes an image beyond {@link Previews#MAX_PIXELS} (pages would not show it well anyway).
     */
    public Optional<Path> jpeg(Path photo, Path work) {
        if (converter == null) {
            return Optional.empty();
        }
        try {
            if (!turns.tryAcquire(WAIT_FOR_TURN.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.info("No JPEG copy of a HEIC photo: {} conversions already running", AT_ONCE);
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return convert(photo, work);
        } finally {
            turns.release();
        }
    }

    private Optional<Path> convert(Path photo, Path work) {
        Path directory = null;
        Process process = null;
        try {
            directory = Files.createTempDirectory(work, "heif-");
            Path out = directory.resolve("photo.jpg");
            List<String> command = new ArrayList<>();
            if (limiter != null) {
                command.addAll(List.of(limiter.toString(), "--as=" + MEMORY_LIMIT, "--"));
            }
            command.addAll(List.of(String.valueOf(converter), "-q", "85", photo.toString(), out.toString()));
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                LOG.info("No JPEG copy of a HEIC photo: {} took longer than {}", PROGRAM, TIME_LIMIT);
                return Optional.empty();
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(out) || Files.size(out) == 0 || tooLarge(out)) {
                LOG.info("No JPEG copy of a HEIC photo: {} answered {}", PROGRAM, process.exitValue());
                return Optional.empty();
            }
            Path copy = Files.createTempFile(work, "heif-", ".jpg");
            Files.move(out, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(copy);
        } catch (IOException e) {
            LOG.info("No JPEG copy of a HEIC photo: {}", e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            if (process != null) {
                process.destroyForcibly();
            }
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            // heif-convert may also write the photo's depth or alpha images beside it
            deleteQuietly(directory);
        }
    }

    private static boolean tooLarge(Path jpeg) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(jpeg.toFile())) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return true;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return (long) reader.getWidth(0) * reader.getHeight(0) > Previews.MAX_PIXELS;
            } finally {
                reader.dispose();
            }
        }
    }

    private static @Nullable Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String directory : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(directory, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static void deleteQuietly(@Nullable Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not remove {}", directory, e);
        }
    }
}
