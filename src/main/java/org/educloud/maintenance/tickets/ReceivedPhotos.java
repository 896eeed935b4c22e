package org.educloud.maintenance.tickets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.educloud.learning.Upload;
import org.educloud.library.ReceivedFile;
import org.educloud.library.StoredFiles;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.TooLargeException;

/**
 * A report's photos, checked in two rounds: their number and announced sizes before a byte is read (a phone on a
 * slow line should learn at once that it sent too much), then each read by the platform's storage, which sniffs its
 * kind from the bytes: anything that is not a photo is refused. Nothing is in the database until the report's
 * transaction stores them; closing removes what was not stored.
 */
final class ReceivedPhotos implements AutoCloseable {

    /** Kinds a fault photo may be: what phones take (HEIC included; the storage makes a JPEG copy of it). */
    static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "image/gif",
            "image/heic", "image/heif");

    private final List<ReceivedFile> files;

    private ReceivedPhotos(List<ReceivedFile> files) {
        this.files = List.copyOf(files);
    }

    /** Refuses too many photos or one announced too large, without reading any. */
    static void checkAnnounced(List<Upload> uploads, TicketProperties limits) {
        if (uploads.size() > limits.maxPhotos()) {
            throw new RuleViolationException("maintenance.ticket.error.tooManyPhotos", limits.maxPhotos());
        }
        for (Upload upload : uploads) {
            if (upload.size() > limits.maxPhotoSize().toBytes()) {
                throw new TooLargeException("maintenance.ticket.error.photoTooLarge", upload.name(),
                        limits.maxPhotoSize().toMegabytes());
            }
        }
    }

    static ReceivedPhotos receive(StoredFiles storage, List<Upload> uploads, TicketProperties limits) {
        checkAnnounced(uploads, limits);
        List<ReceivedFile> received = new ArrayList<>();
        try {
            for (Upload upload : uploads) {
                ReceivedFile file;
                try (InputStream in = upload.content().getInputStream()) {
                    file = storage.receive(in, upload.name());
                }
                received.add(file);
                if (!PHOTO_TYPES.contains(file.mediaType())) {
                    throw new RuleViolationException("maintenance.ticket.error.notAPhoto", upload.name());
                }
                if (file.size() > limits.maxPhotoSize().toBytes()) {
                    // the announced size was a lie: the bytes decide
                    throw new TooLargeException("maintenance.ticket.error.photoTooLarge", upload.name(),
                            limits.maxPhotoSize().toMegabytes());
                }
            }
            return new ReceivedPhotos(received);
        } catch (IOException e) {
            received.forEach(ReceivedFile::close);
            throw new UncheckedIOException("A photo could not be read", e);
        } catch (RuntimeException e) {
            received.forEach(ReceivedFile::close);
            throw e;
        }
    }

    List<ReceivedFile> files() {
        return files;
    }

    @Override
    public void close() {
        files.forEach(ReceivedFile::close);
    }
}
