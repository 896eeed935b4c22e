package org.educloud.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.educloud.library.files.FileNames;
import org.educloud.library.files.MediaTypePolicy;
import org.educloud.library.previews.HeifPhotos;
import org.educloud.library.previews.Previews;
import org.educloud.library.storage.FileStorage;
import org.educloud.library.storage.LibraryProperties;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.TooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files in the platform's storage, for the library and for any module that keeps uploads (submissions,
 * feedback). Storing is two steps, so that no database connection waits on a client: {@link #receive} reads the
 * upload to its end into a private spool file while its SHA-256 and size are taken, checks it (size, name, kind
 * sniffed from the bytes, active content) and renders its preview, all without a transaction; {@link #store} then
 * records it in the caller's short transaction under its hash, so identical uploads are kept once and a refused or
 * interrupted upload leaves nothing behind. If that transaction rolls back, content this upload added is removed
 * again.
 */
@Service
public class StoredFiles {

    private static final Logger LOG = LoggerFactory.getLogger(StoredFiles.class);

    private final FileStorage storage;
    private final MediaTypePolicy mediaTypes;
    private final LibraryProperties properties;
    private final JdbcClient jdbc;
    private final Previews previews;
    private final HeifPhotos heifPhotos;
    private final Clock clock;
    private final Path incoming;

    StoredFiles(FileStorage storage, MediaTypePolicy mediaTypes, LibraryProperties properties, JdbcClient jdbc,
                Previews previews, HeifPhotos heifPhotos, Clock clock) throws IOException {
        this.previews = previews;
        this.heifPhotos = heifPhotos;
        this.storage = storage;
        this.mediaTypes = mediaTypes;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
        this.incoming = Files.createDirectories(properties.directory().resolve("incoming"));
    }

    /**
     * Reads an upload to its end (or to the size limit) and checks it; the stream is not closed. Call it outside
     * any transaction: a slow client would otherwise hold a database connection for as long as it takes.
     */
    public ReceivedFile receive(InputStream upload, String fileName) {
        String name = FileNames.checked(fileName);
        Path spooled = null;
        Path copy = null;
        try {
            spooled = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(spooled), sha256)) {
                size = copyWithin(upload, out, properties.maxFileSize().toBytes());
            }
            if (size == 0) {
                throw new RuleViolationException("library.error.fileEmpty");
            }
            String mediaType = mediaTypes.check(spooled, name);
            // a photo browsers cannot show gets a JPEG copy they can, which also makes its preview
            copy = HeifPhotos.handles(mediaType) ? heifPhotos.jpeg(spooled, incoming).orElse(null) : null;
            byte[] preview = (copy == null ? previews.render(spooled, mediaType) : previews.render(copy, "image/jpeg"))
                    .orElse(null);
            ReceivedFile received = new ReceivedFile(spooled, name, size, HexFormat.of().formatHex(sha256.digest()),
                    mediaType, preview, copy);
            spooled = null;
            copy = null;
            return received;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not spool an upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(spooled);
            deleteQuietly(copy);
        }
    }

    /** Records a received file in the caller's transaction and moves its content into storage. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredFile store(ReceivedFile file) {
        try {
            if (keep(file.sha256(), file.spooled(), file.size(), file.mediaType())) {
                file.preview().ifPresent(png -> keepPreview(file.sha256(), png));
            }
            if (file.viewableCopy().isPresent()) {
                keepViewableCopy(file.sha256(), file.viewableCopy().get());
            }
            return new StoredFile(file.sha256(), file.size(), file.mediaType(), file.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an upload", e);
        }
    }

    /** The bytes of stored content from {@code offset}, {@code length} of them (the caller checked the range). */
    public FileContent open(String sha256, String fileName, long offset, long length) {
        var blob = jdbc.sql("SELECT size, media_type FROM library.blob WHERE sha256 = ?").param(sha256)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional()
                .orElseThrow(() -> new NotFoundException("library.error.fileNotFound"));
        long size = (Long) blob[0];
        if (offset < 0 || length < 0 || offset + length > size) {
            throw new IllegalArgumentException("Range outside the file");
        }
        try {
            return new FileContent(storage.open(sha256, offset, length), offset, length, size, (String) blob[1],
                    fileName, sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored content is unreadable: " + sha256, e);
        }
    }

    public long size(String sha256) {
        return jdbc.sql("SELECT size FROM library.blob WHERE sha256 = ?").param(sha256).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("library.error.fileNotFound"));
    }

    /**
     * The row goes first: a concurrent upload of the same content then waits on it, and either finds it committed
     * (nothing to store) or, after a rollback here, stores its own copy. Answers whether this upload added it.
     */
    private boolean keep(String key, Path spooled, long size, String mediaType) throws IOException {
        int added = jdbc.sql("INSERT INTO library.blob (sha256, size, media_type, created_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")
                .params(key, size, mediaType, java.sql.Timestamp.from(clock.instant())).update();
        if (added == 0) {
            return false;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    removeQuietly(key);
                }
            }
        });
        storage.put(key, spooled);
        return true;
    }

    /** Stores a rendered preview as content of its own, linked to the content it shows. */
    private void keepPreview(String key, byte[] png) {
        Path spooled = null;
        try {
            spooled = Files.write(Files.createTempFile(incoming, "preview-", ".part"), png);
            String previewKey = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
            keep(previewKey, spooled, png.length, "image/png");
            jdbc.sql("INSERT INTO library.preview (sha256, preview_sha256, created_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING").params(key, previewKey, java.sql.Timestamp.from(clock.instant())).update();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a preview", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(spooled);
        }
    }

    /** Stores a copy browsers can show (a HEIC photo as JPEG) as content of its own, linked to the original. */
    private void keepViewableCopy(String key, Path copy) throws IOException {
        String copyKey;
        try (InputStream in = Files.newInputStream(copy)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
            copyKey = HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        keep(copyKey, copy, Files.size(copy), "image/jpeg");
        jdbc.sql("INSERT INTO library.viewable_copy (sha256, copy_sha256, created_at) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING").params(key, copyKey, java.sql.Timestamp.from(clock.instant())).update();
    }

    /**
     * A copy of stored content that browsers can show when they cannot show the content itself (an iPhone's HEIC
     * photo as JPEG), if one was made.
     */
    public java.util.Optional<String> viewableCopyOf(String sha256) {
        return jdbc.sql("SELECT copy_sha256 FROM library.viewable_copy WHERE sha256 = ?").param(sha256)
                .query(String.class).optional().map(String::strip);
    }

    /** The preview of stored content, if it has one. */
    public java.util.Optional<String> previewOf(String sha256) {
        return jdbc.sql("SELECT preview_sha256 FROM library.preview WHERE sha256 = ?").param(sha256)
                .query(String.class).optional().map(String::strip);
    }

    private static long copyWithin(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        while (true) {
            int read;
            try {
                read = in.read(buffer);
            } catch (IOException e) {
                // the client went away or stalled past the server's timeout: its mistake, not the server's
                LOG.info("An upload ended after {} bytes: {}", total, e.toString());
                throw new RuleViolationException("library.error.uploadIncomplete");
            }
            if (read < 0) {
                return total;
            }
            total += read;
            if (total > limit) {
                throw new TooLargeException("library.error.fileTooLarge", limit / (1024 * 1024));
            }
            out.write(buffer, 0, read);
        }
    }

    private void removeQuietly(String key) {
        try {
            storage.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Content {} of a rolled-back upload could not be removed", key, e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Spooled upload {} could not be removed", file, e);
            }
        }
    }
}
