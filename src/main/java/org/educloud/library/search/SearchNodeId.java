package org.educloud.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A node's name in the search change log when none is configured: generated once and kept beside the index, so
 * that it lives exactly as long as the index it names (a node given an empty disk is a new node and rebuilds).
 */
final class SearchNodeId {

    static final String FILE = "node-id";

    private SearchNodeId() {
    }

    static String of(Path indexDirectory) {
        Path file = indexDirectory.resolve(FILE);
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file).strip();
                if (!stored.isEmpty()) {
                    return stored;
                }
            }
            Files.createDirectories(indexDirectory);
            String generated = UUID.randomUUID().toString();
            Path temporary = Files.writeString(indexDirectory.resolve(FILE + ".tmp"), generated);
            try {
                Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(temporary);
                return Files.readString(file).strip();
            }
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep this node's name beside the search index in " + indexDirectory, e);
        }
    }
}
