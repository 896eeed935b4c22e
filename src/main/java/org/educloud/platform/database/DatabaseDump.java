package org.educloud.platform.database;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copy of an external PostgreSQL: the operator's own {@code pg_dump} (one consistent snapshot, in its custom
 * format) and {@code pg_restore} into an empty database. Their major version must be the server's or newer, which
 * only the operator's installation can provide; the programs are named by {@code educloud.backup.pg-dump} and
 * {@code educloud.backup.pg-restore} (default: found on the {@code PATH}).
 */
final class DatabaseDump {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseDump.class);

    private final String jdbcUrl;
    private final @Nullable String user;
    private final @Nullable String password;

    DatabaseDump(String jdbcUrl, @Nullable String user, @Nullable String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    void dump(String pgDump, Path file) throws IOException {
        run(List.of(pgDump, "--format=custom", "--no-owner", "--file=" + file, "--dbname=" + libpqUri()));
    }

    void restore(String pgRestore, Path file) throws IOException {
        run(List.of(pgRestore, "--exit-on-error", "--single-transaction", "--no-owner", "--dbname=" + libpqUri(),
                file.toString()));
    }

    /** The JDBC URL as libpq reads it: host, port and database (JDBC's own parameters mean nothing to libpq). */
    String libpqUri() {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new BackupException("Only a PostgreSQL database can be backed up, not " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return "postgresql://" + uri.getRawAuthority() + uri.getRawPath();
    }

    private void run(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        if (user != null && !user.isBlank()) {
            environment.put("PGUSER", user);
        }
        if (password != null && !password.isBlank()) {
            environment.put("PGPASSWORD", password);
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException missing) {
            throw new BackupException("Cannot run " + command.getFirst() + " (install the PostgreSQL client of the"
                    + " server's major version, or name it with educloud.backup.pg-dump / pg-restore)", missing);
        }
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new BackupException(command.getFirst() + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new BackupException(command.getFirst() + " was interrupted", e);
        }
        if (!output.isBlank()) {
            LOG.info("{}: {}", command.getFirst(), output.strip());
        }
    }
}
