package org.educloud.library.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where file contents live, addressed by key (the content's SHA-256). Contents never change once stored, so
 * writes are idempotent and readers need no locks.
 */
public interface FileStorage {

    /** Stores the checked local file under the key, consuming it; does nothing if the key is already stored. */
    void put(String key, Path checkedFile) throws IOException;

    boolean exists(String key) throws IOException;

    /** The bytes from {@code offset}, {@code length} of them. */
    InputStream open(String key, long offset, long length) throws IOException;

    void delete(String key) throws IOException;

    /** Calls back with every stored key last written before the cutoff (for the sweep of orphaned content). */
    void forEachOlderThan(java.time.Instant cutoff, java.util.function.Consumer<String> key) throws IOException;
}
