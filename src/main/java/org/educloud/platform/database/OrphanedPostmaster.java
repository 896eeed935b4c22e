package org.educloud.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server that an instance killed outright (SIGKILL, the OOM killer) left running on its embedded
 * data directory. zonky starts the postmaster through {@code pg_ctl}, so it is no child of the JVM and outlives it; it
 * keeps its {@code postmaster.pid}, the next start's {@code pg_ctl} then refuses the directory, and zonky gives up
 * after waiting 10 s for a server that never comes.
 * <p>
 * A server is stopped only when all of these hold, so that the server of a running instance is never touched:
 * zonky's lock file is there and nobody holds its lock (zonky holds it as long as an instance runs, and the kernel
 * releases the locks of a dead process); {@code postmaster.pid} names this directory and a live process; and that
 * process is a {@code postgres} whose working directory is this directory (a postmaster changes into its data
 * directory). When the pid file names a live process whose working directory is elsewhere (the system gave the
 * server's process id to another program, say after a restart of the machine), the stale file is removed, since
 * PostgreSQL would refuse to start beside it.
 */
final class OrphanedPostmaster {

    /** zonky's lock file in the data directory (its {@code LOCK_FILE_NAME}, private there). */
    static final String ZONKY_LOCK_FILE = "epg-lock";

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration START_TOLERANCE = Duration.ofSeconds(2);

    private final Duration shutdownPatience;
    private final Duration killPatience;

    /**
     * @param shutdownPatience how long a fast shutdown (which ends with a checkpoint) may take before the server is
     *        killed
     * @param killPatience how long a killed server and its processes may take to go
     */
    OrphanedPostmaster(Duration shutdownPatience, Duration killPatience) {
        this.shutdownPatience = shutdownPatience;
        this.killPatience = killPatience;
    }

    /**
     * Stops the server left on this data directory by a dead instance, if there is one; refuses a directory a running
     * instance uses.
     * <p>
     * Never call it for a directory this JVM runs a server on: closing our channel to the lock file would drop the lock
     * zonky holds in this JVM (POSIX record locks belong to the process, and closing any descriptor of the file
     * releases them all). {@link EmbeddedDatabase} keeps that from happening.
     */
    void stopIfLeftBehind(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(ZONKY_LOCK_FILE);
        if (!Files.exists(dataDirectory.resolve(PostmasterPidFile.NAME)) || !Files.exists(lockFile)) {
            return; // no server, or none that an instance of ours started
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The embedded database in " + dataDirectory + " belongs to an instance"
                        + " that is still running; stop it, or give this one another"
                        + " educloud.platform.embedded-data-directory");
            }
            // read under the lock: no instance can be starting a server on the directory meanwhile
            Optional<PostmasterPidFile> pidFile = PostmasterPidFile.readFrom(dataDirectory);
            if (pidFile.isPresent()) {
                stopIfOurs(pidFile.get(), dataDirectory);
            }
        }
    }

    private void stopIfOurs(PostmasterPidFile pidFile, Path dataDirectory) throws IOException {
        if (!sameFile(pidFile.dataDirectory(), dataDirectory)) {
            log.warn("{} names another data directory ({}): the directory was copied or moved; left to PostgreSQL",
                    dataDirectory.resolve(PostmasterPidFile.NAME), pidFile.dataDirectory());
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pidFile.pid()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // a server that died with its instance: PostgreSQL recovers from its stale pid file itself
        }
        switch (identify(process.get(), pidFile, dataDirectory, Files.isDirectory(Path.of("/proc/self")))) {
            case POSTMASTER_HERE -> stop(process.get(), pidFile, dataDirectory);
            case SOMETHING_ELSE -> {
                // PostgreSQL would take the file for a running server's and refuse to start; its manual says to
                // remove the file once sure that no server runs, which the lock and the process have just shown.
                log.warn("{} names process {}, which is not a PostgreSQL server of this directory: its id was given"
                        + " to another program after the server ended (a restart of the machine?); removing the"
                        + " stale file", dataDirectory.resolve(PostmasterPidFile.NAME), pidFile.pid());
                Files.deleteIfExists(dataDirectory.resolve(PostmasterPidFile.NAME));
            }
            case UNKNOWN -> log.warn("Process {}, named in {}, cannot be examined; left alone", pidFile.pid(),
                    dataDirectory.resolve(PostmasterPidFile.NAME));
        }
    }

    enum Identity { POSTMASTER_HERE, SOMETHING_ELSE, UNKNOWN }

    /**
     * A postmaster is a {@code postgres} (its binary may since have been deleted, say by a clean-up of /tmp) whose
     * working directory is its data directory. Only another working directory proves a process is not one. Without
     * /proc (macOS) the working directory cannot be read, and a name alone would take any PostgreSQL that got the
     * recorded process id after a restart (Homebrew's, another checkout's) for ours: there the process must also have
     * started when the pid file says, and nothing is ever taken for something else.
     */
    static Identity identify(ProcessHandle process, PostmasterPidFile pidFile, Path dataDirectory,
                             boolean procReadable) {
        boolean postgres = process.info().command()
                .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
                .orElse(false);
        if (procReadable) {
            Optional<Boolean> inDirectory = workingDirectoryIs(process, dataDirectory);
            if (inDirectory.equals(Optional.of(false))) {
                return Identity.SOMETHING_ELSE;
            }
            return postgres && inDirectory.isPresent() ? Identity.POSTMASTER_HERE : Identity.UNKNOWN;
        }
        return postgres && startedWhenRecorded(process, pidFile) ? Identity.POSTMASTER_HERE : Identity.UNKNOWN;
    }

    /** The pid file has the second the server started; the system's record of a process may round differently. */
    private static boolean startedWhenRecorded(ProcessHandle process, PostmasterPidFile pidFile) {
        Optional<Instant> started = process.info().startInstant();
        return started.isPresent() && pidFile.startedAt().isPresent()
                && Duration.between(pidFile.startedAt().get(), started.get()).abs().compareTo(START_TOLERANCE) <= 0;
    }

    private static Optional<Boolean> workingDirectoryIs(ProcessHandle process, Path directory) {
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        try {
            return Files.isDirectory(proc)
                    ? Optional.of(Files.isSameFile(proc.resolve("cwd"), directory))
                    : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private void stop(ProcessHandle postmaster, PostmasterPidFile pidFile, Path dataDirectory) {
        long started = System.nanoTime();
        // taken now: after a kill they outlive the postmaster for a moment and keep its shared memory
        List<ProcessHandle> serverProcesses = postmaster.descendants().toList();
        log.warn("A PostgreSQL server (pid {}, port {}) is still running on {}, left by an instance that is no longer"
                + " running (killed?); stopping it with a fast shutdown before starting", pidFile.pid(),
                pidFile.port(), dataDirectory);
        requestFastShutdown(postmaster);
        if (!awaitExit(postmaster, shutdownPatience)) {
            log.warn("The left-over PostgreSQL server (pid {}) did not stop within {} s; killing it. It replays its"
                    + " write-ahead log at the next start", pidFile.pid(), shutdownPatience.toSeconds());
            postmaster.destroyForcibly();
            if (!awaitExit(postmaster, killPatience)) {
                throw new IllegalStateException("The PostgreSQL server left running on " + dataDirectory + " (pid "
                        + pidFile.pid() + ") could not be stopped; stop it by hand");
            }
        }
        serverProcesses.forEach(process -> awaitExit(process, killPatience));
        log.warn("Stopped the left-over PostgreSQL server on {} in {} ms; starting normally", dataDirectory,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /**
     * SIGINT, PostgreSQL's fast shutdown: ends the sessions a dead instance may have left (rolling back what they had
     * not committed) and writes a checkpoint. Java can only send SIGTERM and SIGKILL; SIGTERM, a smart shutdown,
     * would wait for such sessions to end by themselves, so it is only the fallback where {@code kill} is missing.
     */
    private static void requestFastShutdown(ProcessHandle postmaster) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
            kill.destroyForcibly();
        } catch (IOException noKillCommand) {
            // fall back below
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        postmaster.destroy();
    }

    private static boolean awaitExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException unexpected) {
            return !process.isAlive();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static boolean sameFile(Path one, Path other) {
        try {
            return Files.isSameFile(one, other);
        } catch (IOException unreadable) {
            return false;
        }
    }
}
