package org.educloud.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

/**
 * Copies a directory tree into a backup (or out of it), each file read once and its SHA-256 taken on the way.
 * A file that disappears while the tree is walked is passed over: PostgreSQL drops relation files during a base
 * backup, and the write-ahead log copied afterwards recreates what the copy needs.
 */
final class TreeCopy {

    private final Path backup;
    private final List<BackupManifest.Entry> entries = new ArrayList<>();

    /** @param backup the backup directory, to which manifest paths are relative */
    TreeCopy(Path backup) {
        this.backup = backup;
    }

    List<BackupManifest.Entry> entries() {
        return entries;
    }

    /**
     * Copies {@code source} to {@code target}; {@code skip} is asked with each path relative to {@code source}
     * (with {@code /}), and a skipped directory is still created, empty, in the target.
     */
    void copy(Path source, Path target, Predicate<String> skip) throws IOException {
        Files.createDirectories(target);
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                String relative = relative(source, directory);
                Files.createDirectories(target.resolve(relative));
                return !relative.isEmpty() && skip.test(relative)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String relative = relative(source, file);
                if (attributes.isRegularFile() && !skip.test(relative)) {
                    copyFile(file, target.resolve(relative));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }
        });
    }

    /** Copies one file; returns false when it disappeared before it could be opened. */
    boolean copyFile(Path file, Path target) throws IOException {
        MessageDigest digest = BackupManifest.newDigest();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
                OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
            size = in.transferTo(out);
        } catch (NoSuchFileException gone) {
            if (Files.exists(file)) {
                throw gone; // the target's directory is missing: a fault of ours, not a dropped relation
            }
            Files.deleteIfExists(target);
            return false;
        }
        if (target.startsWith(backup)) {
            entries.add(new BackupManifest.Entry(relative(backup, target), size,
                    HexFormat.of().formatHex(digest.digest())));
        }
        return true;
    }

    /** Lists a file written into the backup by another program (pg_dump). */
    void record(Path file) throws IOException {
        entries.add(new BackupManifest.Entry(relative(backup, file), Files.size(file), BackupManifest.sha256(file)));
    }

    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    static boolean isEmptyOrAbsent(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return true;
        }
        try (var children = Files.list(directory)) {
            return children.findAny().isEmpty();
        }
    }
}
