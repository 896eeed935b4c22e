package org.educloud.library.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Contents as files in a directory, fanned out by the key's first characters so no directory grows huge. A file
 * appears under its final name only by an atomic rename, so a reader never sees half a file.
 */
public final class LocalDirectoryStorage implements FileStorage {

    private final Path root;

    public LocalDirectoryStorage(Path root) throws IOException {
        this.root = Files.createDirectories(root).toAbsolutePath();
    }

    @Override
    public void put(String key, Path checkedFile) throws IOException {
        Path target = path(key);
        if (Files.exists(target)) {
            Files.deleteIfExists(checkedFile);
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(checkedFile, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(checkedFile);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.exists(path(key));
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        FileChannel channel = FileChannel.open(path(key), StandardOpenOption.READ);
        channel.position(offset);
        return new BoundedInputStream(Channels.newInputStream(channel), length);
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    @Override
    public void forEachOlderThan(java.time.Instant cutoff, java.util.function.Consumer<String> key) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.matches("[0-9a-f]{64}") && Files.isRegularFile(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    key.accept(name);
                }
            }
        }
    }

    private Path path(String key) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a content key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }
}
