package org.educloud.learning.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.educloud.learning.Upload;
import org.educloud.library.ReceivedFile;
import org.educloud.library.StoredFiles;

/**
 * Files handed in with a form, read and checked by the library's storage before any transaction opens, so that no
 * database connection waits on them (see {@link StoredFiles}); they wait here until the transaction that records
 * them is over. Closing removes whatever was not stored.
 */
public final class ReceivedUploads implements AutoCloseable {

    private final List<ReceivedFile> files;

    private ReceivedUploads(List<ReceivedFile> files) {
        this.files = List.copyOf(files);
    }

    public static ReceivedUploads receive(StoredFiles storage, List<Upload> uploads) {
        List<ReceivedFile> received = new ArrayList<>();
        try {
            for (Upload upload : uploads) {
                try (InputStream in = upload.content().getInputStream()) {
                    received.add(storage.receive(in, upload.name()));
                }
            }
            return new ReceivedUploads(received);
        } catch (IOException e) {
            received.forEach(ReceivedFile::close);
            throw new UncheckedIOException("An uploaded file could not be read", e);
        } catch (RuntimeException e) {
            received.forEach(ReceivedFile::close);
            throw e;
        }
    }

    public List<ReceivedFile> files() {
        return files;
    }

    @Override
    public void close() {
        files.forEach(ReceivedFile::close);
    }
}
