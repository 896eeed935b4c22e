package org.educloud.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An upload read to its end and checked (size, name, kind, active content), spooled in the storage directory with
 * its SHA-256 and, where one could be made, its preview; nothing is in the database yet. Reading a client's body
 * takes as long as the client likes, so it happens here, before any transaction: {@link StoredFiles#store} then
 * records it in a short one. Closing removes the spooled copy unless storing moved it away.
 */
public final class ReceivedFile implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReceivedFile.class);

    private final Path spooled;
    private final String fileName;
    private final long size;
    private final String sha256;
    private final String mediaType;
    private final byte @Nullable [] preview;
    private final @Nullable Path viewableCopy;

    ReceivedFile(Path spooled, String fileName, long size, String sha256, String mediaType, byte @Nullable [] preview) {
        this(spooled, fileName, size, sha256, mediaType, preview, null);
    }

    /** With a copy browsers can show, of a photo they cannot (a HEIC photo as JPEG), spooled beside it. */
    ReceivedFile(Path spooled, String fileName, long size, String sha256, String mediaType, byte @Nullable [] preview,
                 @Nullable Path viewableCopy) {
        this.viewableCopy = viewableCopy;
        this.spooled = spooled;
        this.fileName = fileName;
        this.size = size;
        this.sha256 = sha256;
        this.mediaType = mediaType;
        this.preview = preview;
    }

    public String fileName() {
        return fileName;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String mediaType() {
        return mediaType;
    }

    Path spooled() {
        return spooled;
    }

    Optional<byte[]> preview() {
        return Optional.ofNullable(preview);
    }

    Optional<Path> viewableCopy() {
        return Optional.ofNullable(viewableCopy);
    }

    @Override
    public void close() {
        for (Path file : viewableCopy == null ? java.util.List.of(spooled) : java.util.List.of(spooled, viewableCopy)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Spooled upload {} could not be removed", file, e);
            }
        }
    }
}
