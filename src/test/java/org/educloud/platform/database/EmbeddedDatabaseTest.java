package org.educloud.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.educloud.platform.runtime.PlatformProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The embedded database as the application starts it, without Spring: durable with the shipped settings, and
 * starting again after the application was killed with SIGKILL, with what it had committed. The killed application
 * is {@link EmbeddedDatabaseInstance} in a child JVM.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path temp;

    private final List<Process> instances = new ArrayList<>();
    private final List<Long> servers = new ArrayList<>();

    /** The platform settings as shipped (bound with their defaults), apart from where the data lives. */
    static PlatformProperties shippedSettings(Path dataDirectory) {
        return new Binder(new MapConfigurationPropertySource(
                Map.of("educloud.platform.embedded-data-directory", dataDirectory.toString())))
                .bindOrCreate("educloud.platform", PlatformProperties.class);
    }

    @Test
    void theShippedSettingsRunADurableServer() throws Exception {
        PlatformProperties shipped = shippedSettings(temp.resolve("pg"));
        assertThat(shipped.embeddedDurable()).isTrue();

        try (EmbeddedDatabase database = EmbeddedDatabase.start(shipped);
                Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
            // zonky passes -F and synchronous_commit=off; the server must have taken the later settings
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void aServerLeftByAKilledInstanceIsStoppedAndTheNextStartHasItsCommittedRows() throws Exception {
        Path data = temp.resolve("pg");
        Process instance = startInstance(data, "committed before the kill");
        long leftOver = postmasterOf(data);

        // while the instance lives, its server is not touched and a second start on its directory is refused at once
        assertThatThrownBy(() -> EmbeddedDatabase.start(shippedSettings(data)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("still running");
        assertThat(isAlive(leftOver)).isTrue();

        instance.destroyForcibly().waitFor();
        assertThat(isAlive(leftOver)).as("the server outlives the killed instance").isTrue();

        // without the clean-up, zonky's own start would give up here after waiting 10 s for a server that never comes
        try (EmbeddedDatabase database = EmbeddedDatabase.start(shippedSettings(data))) {
            assertThat(isAlive(leftOver)).isFalse();
            assertThat(notes(database)).containsExactly("committed before the kill");
        }
    }

    @Test
    void aLeftOverServerThatDoesNotStopIsKilledAndItsCommittedRowsSurvive() throws Exception {
        Path data = temp.resolve("pg");
        startInstance(data, "committed before the kill").destroyForcibly().waitFor();
        long leftOver = postmasterOf(data);
        signal(leftOver, "STOP"); // a hung server: it cannot act on a shutdown request

        new OrphanedPostmaster(Duration.ofSeconds(1), Duration.ofSeconds(10)).stopIfLeftBehind(data);
        assertThat(isAlive(leftOver)).isFalse();

        // killed without a checkpoint: the server replays its write-ahead log, which fsync kept
        try (EmbeddedDatabase database = EmbeddedDatabase.start(shippedSettings(data))) {
            assertThat(notes(database)).containsExactly("committed before the kill");
        }
    }

    @Test
    void aPidFileNamingAnotherProgramIsRemovedAndThatProgramLeftAlone() throws Exception {
        Path data = temp.resolve("pg");
        EmbeddedDatabase.start(shippedSettings(data)).close();
        // the server's process id now belongs to another program, as after a restart of the machine
        Process otherProgram = new ProcessBuilder("sleep", "60").start();
        instances.add(otherProgram);
        Files.writeString(data.resolve(PostmasterPidFile.NAME), otherProgram.pid() + "\n" + data.toAbsolutePath()
                + "\n1767225600\n5432\n/tmp\nlocalhost\n  2154595     65555\nready   \n");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(shippedSettings(data));
                Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
        }
        assertThat(otherProgram.isAlive()).isTrue();
    }

    @Test
    void withoutProcAPostgresIsTakenForTheLeftOverServerOnlyWhenItStartedWhenThePidFileSays() throws Exception {
        Path data = Files.createDirectories(temp.resolve("pg"));
        // another PostgreSQL (Homebrew's, another checkout's) that got the recorded process id after a restart
        Path postgres = Files.copy(Path.of("/bin/sleep"), temp.resolve("postgres"));
        Files.setPosixFilePermissions(postgres, PosixFilePermissions.fromString("rwxr-xr-x"));
        Process other = new ProcessBuilder(postgres.toString(), "60").start();
        instances.add(other);
        Instant started = other.toHandle().info().startInstant().orElseThrow();
        PostmasterPidFile recordedThen = new PostmasterPidFile(other.pid(), data, Optional.of(started), 5432);
        PostmasterPidFile recordedEarlier = new PostmasterPidFile(other.pid(), data,
                Optional.of(started.minus(Duration.ofHours(3))), 5432);

        assertThat(OrphanedPostmaster.identify(other.toHandle(), recordedThen, data, false))
                .isEqualTo(OrphanedPostmaster.Identity.POSTMASTER_HERE);
        assertThat(OrphanedPostmaster.identify(other.toHandle(), recordedEarlier, data, false))
                .isEqualTo(OrphanedPostmaster.Identity.UNKNOWN);
        // with /proc its working directory tells: not this data directory
        assertThat(OrphanedPostmaster.identify(other.toHandle(), recordedThen, data, true))
                .isEqualTo(OrphanedPostmaster.Identity.SOMETHING_ELSE);
    }

    @Test
    void aPidFileStillBeingWrittenIsNotRead() {
        assertThat(PostmasterPidFile.parse(List.of("4242"))).isEmpty();
        assertThat(PostmasterPidFile.parse(List.of("", "/srv/pg"))).isEmpty();
        assertThat(PostmasterPidFile.parse(List.of("4242", "/srv/pg", "1767225600", "5432")))
                .contains(new PostmasterPidFile(4242, Path.of("/srv/pg"), Optional.of(Instant.ofEpochSecond(1767225600)),
                        5432));
    }

    @AfterEach
    void stopWhatAFailedTestLeft() throws Exception {
        for (Process instance : instances) {
            instance.destroyForcibly().waitFor();
        }
        for (long server : servers) {
            if (isAlive(server)) {
                signal(server, "CONT");
                signal(server, "KILL");
            }
        }
    }

    private Process startInstance(Path data, String note) throws IOException, InterruptedException {
        Path log = Files.createTempFile(temp, "instance", ".log");
        Process instance = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseInstance.class.getName(), data.toString(), note)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        instances.add(instance);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.readString(log).contains("READY")) {
            assertThat(instance.isAlive()).as("the instance died before it was ready:%n%s", Files.readString(log))
                    .isTrue();
            assertThat(System.nanoTime()).as("the instance was not ready in 90 s:%n%s", Files.readString(log))
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
        return instance;
    }

    private long postmasterOf(Path data) throws IOException {
        long pid = PostmasterPidFile.readFrom(data).orElseThrow().pid();
        servers.add(pid);
        return pid;
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void signal(long pid, String signal) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor()).isZero();
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private static List<String> notes(EmbeddedDatabase database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select note from survivor")) {
            List<String> notes = new ArrayList<>();
            while (result.next()) {
                notes.add(result.getString(1));
            }
            return notes;
        }
    }
}
