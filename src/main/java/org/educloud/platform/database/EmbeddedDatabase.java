package org.educloud.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.educloud.platform.runtime.PlatformProperties;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL of one data directory, started from the zonky binaries as the application runs it; kept
 * apart from Spring so that its start can be tested (and run in a child JVM) without a context.
 * <p>
 * zonky's defaults are meant for throw-away test databases: it passes {@code -F} (fsync off) and
 * {@code synchronous_commit=off}. Here the server is durable unless the properties say otherwise: fsync, synchronous
 * commit and full-page writes are set on with {@code -c} options, which PostgreSQL reads after zonky's {@code -F}, so
 * the later setting of the same source wins. A server left running by a killed instance is stopped first (see
 * {@link OrphanedPostmaster}).
 */
final class EmbeddedDatabase implements Closeable {

    /** Data directories this JVM runs a server on: never examined again while it does (see OrphanedPostmaster). */
    private static final Set<Path> RUNNING = ConcurrentHashMap.newKeySet();

    private final Path dataDirectory;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(PlatformProperties properties) throws IOException {
        Path directory = properties.embeddedDataDirectory().toAbsolutePath().normalize();
        if (!RUNNING.add(directory)) {
            throw new IllegalStateException("This JVM already runs the embedded database in " + directory);
        }
        try {
            new OrphanedPostmaster(Duration.ofSeconds(30), Duration.ofSeconds(10)).stopIfLeftBehind(directory);
            if (properties.cleanEmbeddedData()) {
                // zonky only cleans on close; a run that was killed would otherwise hand its data to the next one.
                FileSystemUtils.deleteRecursively(directory);
            }
            Files.createDirectories(directory);
            return new EmbeddedDatabase(directory, configured(properties, directory).start());
        } catch (IOException | RuntimeException failed) {
            RUNNING.remove(directory);
            throw failed;
        }
    }

    private static EmbeddedPostgres.Builder configured(PlatformProperties properties, Path directory) {
        String durable = properties.embeddedDurable() ? "on" : "off";
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(properties.cleanEmbeddedData())
                // Spring stops it as a bean, after everything that uses it; its own hook would race that.
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable)
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            RUNNING.remove(dataDirectory);
        }
    }
}
