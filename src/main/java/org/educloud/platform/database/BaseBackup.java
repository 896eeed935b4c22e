package org.educloud.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A consistent copy of the embedded server's data directory, taken while it runs, with PostgreSQL's own low-level
 * backup functions (the zonky bundle ships only {@code initdb}, {@code pg_ctl} and {@code postgres}, no
 * {@code pg_dump} or {@code pg_basebackup}; a system {@code pg_dump} of another major version refuses the server).
 * <p>
 * As {@code pg_basebackup -X fetch} does: a temporary replication slot keeps the write-ahead log from the backup's
 * start; {@code pg_backup_start} (with an immediate checkpoint) marks where recovery must begin; the files are copied
 * as they are (pages torn by concurrent writes are repaired from the full-page images the log holds during a
 * backup); {@code pg_backup_stop} ends it, and the log segments from its start to its end are copied after it,
 * with the {@code backup_label} it returns. The server that starts on the copy replays that log and is then exactly
 * the database as it was when the backup stopped.
 */
final class BaseBackup {

    /** Left out of the copy, as PostgreSQL's documentation lists (and zonky's lock file). */
    private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "backup_label", "backup_label.old", "tablespace_map", "current_logfiles");
    /** Directories copied empty: their contents are rebuilt at start-up (the log is copied after the stop). */
    private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_replslot", "pg_dynshmem",
            "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}");

    private final Connection connection;
    private final Path dataDirectory;

    /** @param connection a superuser's connection to the server running on {@code dataDirectory} */
    BaseBackup(Connection connection, Path dataDirectory) {
        this.connection = connection;
        this.dataDirectory = dataDirectory;
    }

    /** Copies the data directory to {@code target}; returns the server's version. */
    String copyTo(Path target, TreeCopy copy) throws IOException, SQLException {
        connection.setAutoCommit(true);
        String serverDirectory = single("SHOW data_directory");
        if (!Files.isSameFile(Path.of(serverDirectory), dataDirectory)) {
            throw new BackupException("The server answering for " + dataDirectory + " runs on " + serverDirectory);
        }
        String version = single("SHOW server_version");
        String slot = "educloud_backup_" + UUID.randomUUID().toString().replace("-", "");
        // temporary: dropped when this connection ends, whatever happens to the backup
        query("SELECT pg_create_physical_replication_slot(?, true, true)", slot);
        String firstSegment = query("SELECT pg_walfile_name(pg_backup_start(?, true))", "educloud " + slot);

        copy.copy(dataDirectory, target, BaseBackup::skipped);

        String labelFile;
        String tablespaceMap;
        String lastSegment;
        try (Statement statement = connection.createStatement();
                ResultSet stop = statement.executeQuery(
                        "SELECT pg_walfile_name(lsn), labelfile, spcmapfile FROM pg_backup_stop(false)")) {
            stop.next();
            lastSegment = stop.getString(1);
            labelFile = stop.getString(2);
            tablespaceMap = stop.getString(3);
        }
        if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
            throw new BackupException("The embedded database has tablespaces, which a backup does not copy");
        }
        copyLog(target.resolve("pg_wal"), firstSegment, lastSegment, copy);
        Path label = Files.writeString(Files.createTempFile("backup_label", ".tmp"), labelFile);
        try {
            copy.copyFile(label, target.resolve("backup_label"));
        } finally {
            Files.deleteIfExists(label);
        }
        return version;
    }

    private void copyLog(Path target, String first, String last, TreeCopy copy) throws IOException {
        Path log = dataDirectory.resolve("pg_wal");
        try (var files = Files.list(log)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                boolean needed = SEGMENT.matcher(name).matches()
                        ? name.substring(0, 8).equals(first.substring(0, 8))
                                && name.compareTo(first) >= 0 && name.compareTo(last) <= 0
                        : name.endsWith(".history");
                if (needed && !copy.copyFile(file, target.resolve(name))) {
                    throw new BackupException("The log segment " + name + " disappeared during the backup");
                }
            }
        }
    }

    static boolean skipped(String relative) {
        if (!relative.contains("/")) {
            return SKIPPED_FILES.contains(relative) || EMPTIED_DIRECTORIES.contains(relative);
        }
        return relative.endsWith("/pg_internal.init") || relative.startsWith("pg_wal/");
    }

    private String single(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private String query(String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
