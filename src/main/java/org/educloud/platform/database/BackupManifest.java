package org.educloud.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup holds, written last into its directory as {@code manifest.json}: a directory without one is an
 * unfinished backup and is refused by a restore. Every file is listed with its size and SHA-256, so a restore
 * checks the whole backup before it writes anything.
 *
 * @param format          the layout of the backup directory (raised when it changes)
 * @param application     the version of EduCloud that made it; a restore needs that version or a newer one
 * @param createdAt       when the database copy was consistent (the end of the copy)
 * @param database        how the database was copied: {@code base-backup} (the embedded server's data directory,
 *                        copied with PostgreSQL's backup functions) or {@code pg_dump} (an external server)
 * @param serverVersion   the PostgreSQL server's version
 * @param storage         where the library kept file contents: {@code local} (copied under {@code files/}) or
 *                        {@code s3} (not copied: the bucket is backed up with its own tools)
 * @param files           every file of the backup, paths relative to its directory with {@code /}
 */
record BackupManifest(int format, String application, Instant createdAt, String database, String serverVersion,
                      String storage, List<Entry> files) {

    static final String NAME = "manifest.json";
    static final int FORMAT = 1;
    static final String BASE_BACKUP = "base-backup";
    static final String PG_DUMP = "pg_dump";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    record Entry(String path, long size, String sha256) {
    }

    long totalBytes() {
        return files.stream().mapToLong(Entry::size).sum();
    }

    void writeTo(Path backup) throws IOException {
        Path temporary = backup.resolve(NAME + ".tmp");
        Files.writeString(temporary, JSON.writeValueAsString(this));
        Files.move(temporary, backup.resolve(NAME), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static BackupManifest readFrom(Path backup) throws IOException {
        Path manifest = backup.resolve(NAME);
        if (!Files.isRegularFile(manifest)) {
            throw new BackupException(backup + " holds no " + NAME + ": it is not a backup, or one that did not finish");
        }
        BackupManifest read = JSON.readValue(Files.readString(manifest), BackupManifest.class);
        if (read.format() != FORMAT) {
            throw new BackupException("The backup in " + backup + " has layout " + read.format()
                    + ", this version reads layout " + FORMAT);
        }
        return read;
    }

    /** Checks every listed file's size and SHA-256; names the first that differs. */
    void verify(Path backup) throws IOException {
        for (Entry entry : files) {
            Path file = backup.resolve(entry.path());
            if (!Files.isRegularFile(file) || Files.size(file) != entry.size()) {
                throw new BackupException("The backup is damaged: " + entry.path() + " is missing or has another size");
            }
            if (!sha256(file).equals(entry.sha256())) {
                throw new BackupException("The backup is damaged: " + entry.path() + " has another SHA-256");
            }
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
