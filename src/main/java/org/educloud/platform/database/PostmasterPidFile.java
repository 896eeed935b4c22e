package org.educloud.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a PostgreSQL server writes to {@code postmaster.pid} in its data directory while it runs: its process id, the
 * data directory, its start time (seconds since the epoch) and the port, one per line (then the socket directory,
 * address, shared memory key and status, which nothing here needs). A clean shutdown removes the file.
 *
 * @param pid the postmaster's process id
 * @param dataDirectory the data directory as the server saw it
 * @param startedAt when the server started, when the file says
 * @param port the TCP port, or 0 when the file does not say yet
 */
record PostmasterPidFile(long pid, Path dataDirectory, Optional<Instant> startedAt, int port) {

    static final String NAME = "postmaster.pid";

    /** The file in this data directory; empty when there is none or it is not complete (a server just starting). */
    static Optional<PostmasterPidFile> readFrom(Path dataDirectory) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDirectory.resolve(NAME));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        }
        return parse(lines);
    }

    static Optional<PostmasterPidFile> parse(List<String> lines) {
        if (lines.size() < 2 || lines.get(0).isBlank() || lines.get(1).isBlank()) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0).strip());
            Optional<Instant> startedAt = lines.size() > 2 && !lines.get(2).isBlank()
                    ? Optional.of(Instant.ofEpochSecond(Long.parseLong(lines.get(2).strip()))) : Optional.empty();
            int port = lines.size() > 3 && !lines.get(3).isBlank() ? Integer.parseInt(lines.get(3).strip()) : 0;
            return pid > 0
                    ? Optional.of(new PostmasterPidFile(pid, Path.of(lines.get(1).strip()), startedAt, port))
                    : Optional.empty();
        } catch (NumberFormatException notAPidFile) {
            return Optional.empty();
        }
    }
}
