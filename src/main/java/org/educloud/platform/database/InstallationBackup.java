package org.educloud.platform.database;

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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.educloud.platform.runtime.PlatformProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Backs up and restores a whole installation, one command each, run in place of the application:
 * {@code java -jar educloud.jar --educloud.backup.to=DIR} and {@code --educloud.restore.from=DIR}, with the same
 * configuration (application.yml, environment, command line) as the application, so the same database and file
 * store are meant.
 * <p>
 * A backup holds the database ({@code database/}: the embedded server's data directory as a base backup, taken
 * while the application may run; or {@code database.dump}: {@code pg_dump} of an external server), the library's
 * stored files ({@code files/}, without the search index, which every node rebuilds from the database), and
 * {@code manifest.json} with the version, the time and every file's SHA-256, written last. A restore checks every
 * checksum before it writes anything, and only writes into an empty data directory, file store and database.
 */
// the application's main method hands it the command line: exposed to the root package, nothing else of this slice
@org.springframework.modulith.NamedInterface("backup")
public final class InstallationBackup {

    private static final Logger LOG = LoggerFactory.getLogger(InstallationBackup.class);
    static final String BACKUP_TO = "educloud.backup.to";
    static final String RESTORE_FROM = "educloud.restore.from";

    private InstallationBackup() {
    }

    /**
     * Where the installation's data are and how to reach them.
     *
     * @param platform       the embedded database's settings
     * @param externalUrl    the external database's JDBC URL; null for the embedded one
     * @param filesDirectory the library's directory ({@code educloud.library.directory})
     * @param storage        {@code local} or {@code s3} ({@code educloud.library.storage})
     * @param application    this application's version
     */
    record Settings(PlatformProperties platform, @Nullable String externalUrl, @Nullable String user,
                    @Nullable String password, Path filesDirectory, String storage, String pgDump, String pgRestore,
                    String application) {

        static Settings of(Environment environment) {
            PlatformProperties platform = Binder.get(environment)
                    .bindOrCreate("educloud.platform", PlatformProperties.class);
            String url = environment.getProperty("spring.datasource.url");
            return new Settings(platform, url == null || url.isBlank() ? null : url,
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"),
                    Path.of(environment.getProperty("educloud.library.directory", "data/files")),
                    environment.getProperty("educloud.library.storage", "local").toLowerCase(java.util.Locale.ROOT),
                    environment.getProperty("educloud.backup.pg-dump", "pg_dump"),
                    environment.getProperty("educloud.backup.pg-restore", "pg_restore"),
                    environment.getProperty("info.app.version", "unknown"));
        }

        boolean embedded() {
            return externalUrl == null;
        }

        boolean localFiles() {
            return !"s3".equals(storage);
        }
    }

    /** Whether the command line asks for a backup or a restore instead of the application. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + BACKUP_TO + "=")
                || arg.startsWith("--" + RESTORE_FROM + "="));
    }

    /** Runs the backup or restore the command line asks for; returns the process's exit status. */
    public static int run(String[] args) {
        SpringApplication application = new SpringApplication(Tool.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        try (ConfigurableApplicationContext context = application.run(args)) {
            Environment environment = context.getEnvironment();
            Settings settings = Settings.of(environment);
            String to = environment.getProperty(BACKUP_TO);
            String from = environment.getProperty(RESTORE_FROM);
            if (to != null && from != null) {
                throw new BackupException("Give either " + BACKUP_TO + " or " + RESTORE_FROM + ", not both");
            }
            if (to != null) {
                backUp(settings, Path.of(to));
            } else if (from != null) {
                restore(settings, Path.of(from));
            }
            return 0;
        } catch (BackupException refused) {
            LOG.error(refused.getMessage() + (refused.getCause() == null ? "" : " (" + refused.getCause() + ")"));
            return 1;
        } catch (IOException | SQLException | RuntimeException failed) {
            LOG.error("The backup or restore failed", failed);
            return 1;
        }
    }

    /** Backs the installation up into {@code target}, which must be empty or absent. */
    static BackupManifest backUp(Settings settings, Path target) throws IOException, SQLException {
        Instant started = Instant.now();
        Path backup = target.toAbsolutePath().normalize();
        if (!TreeCopy.isEmptyOrAbsent(backup)) {
            throw new BackupException(backup + " is not empty: back up into a new directory");
        }
        Files.createDirectories(backup);
        TreeCopy copy = new TreeCopy(backup);
        String serverVersion;
        String kind;
        if (settings.embedded()) {
            kind = BackupManifest.BASE_BACKUP;
            serverVersion = baseBackup(settings.platform(), backup.resolve("database"), copy);
        } else {
            kind = BackupManifest.PG_DUMP;
            Path dump = backup.resolve("database.dump");
            new DatabaseDump(settings.externalUrl(), settings.user(), settings.password()).dump(settings.pgDump(), dump);
            copy.record(dump);
            serverVersion = externalServerVersion(settings);
        }
        Instant consistentAt = Instant.now();
        if (settings.localFiles()) {
            // after the database: every file its rows name is already stored (contents are never changed, only added)
            copy.copy(settings.filesDirectory(), backup.resolve("files"), relative -> relative.equals("index")
                    || relative.equals("incoming"));
        } else {
            LOG.warn("File contents are in the S3 bucket, which this backup does not copy: back the bucket up with"
                    + " its own tools (versioning or replication)");
        }
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, settings.application(), consistentAt, kind,
                serverVersion, settings.localFiles() ? "local" : "s3", List.copyOf(copy.entries()));
        manifest.writeTo(backup);
        LOG.info("Backed up into {} in {} ms: {} files, {} bytes ({} database, PostgreSQL {})", backup,
                Duration.between(started, Instant.now()).toMillis(), manifest.files().size(), manifest.totalBytes(),
                kind, serverVersion);
        return manifest;
    }

    /**
     * Restores the backup in {@code from} into the configured data directory (or external database) and file store,
     * which must be empty. The application then starts on them as usual and rebuilds its search index.
     */
    static BackupManifest restore(Settings settings, Path from) throws IOException, SQLException {
        Instant started = Instant.now();
        Path backup = from.toAbsolutePath().normalize();
        BackupManifest manifest = BackupManifest.readFrom(backup);
        if (!manifest.application().equals(settings.application())) {
            LOG.warn("The backup was made by EduCloud {}, this is {}: the application migrates the database at its"
                    + " next start (an older version cannot read a newer one's database)", manifest.application(),
                    settings.application());
        }
        Path data = settings.platform().embeddedDataDirectory().toAbsolutePath().normalize();
        Path files = settings.filesDirectory().toAbsolutePath().normalize();
        if (manifest.database().equals(BackupManifest.BASE_BACKUP) != settings.embedded()) {
            throw new BackupException(settings.embedded()
                    ? "This backup is a pg_dump of an external database: restore it with EDUCLOUD_DB_URL set"
                    : "This backup is of the embedded database: restore it without EDUCLOUD_DB_URL, then move to the"
                            + " external server with pg_dump and pg_restore of the server's version");
        }
        if (settings.embedded() && !TreeCopy.isEmptyOrAbsent(data)) {
            throw new BackupException("The data directory " + data + " is not empty: restore into a fresh one"
                    + " (educloud.platform.embedded-data-directory)");
        }
        if (manifest.storage().equals("local") && !TreeCopy.isEmptyOrAbsent(files)) {
            throw new BackupException("The file store " + files + " is not empty: restore into a fresh one"
                    + " (educloud.library.directory)");
        }
        manifest.verify(backup);
        LOG.info("The backup of {} (EduCloud {}) is complete and undamaged: {} files, {} bytes",
                manifest.createdAt(), manifest.application(), manifest.files().size(), manifest.totalBytes());

        TreeCopy copy = new TreeCopy(backup);
        if (settings.embedded()) {
            copy.copy(backup.resolve("database"), data, relative -> false);
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
            // the first start replays the log the backup holds; do it now, so a broken copy shows here
            try (EmbeddedDatabase database = EmbeddedDatabase.start(withDataDirectory(settings.platform(), data));
                    Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
                LOG.info("The restored database starts: {} migrations applied",
                        single(connection, "SELECT count(*) FROM platform.flyway_schema_history"));
                newSearchGeneration(connection);
            }
        } else {
            try (Connection connection = externalConnection(settings)) {
                if (!single(connection, "SELECT count(*) FROM information_schema.schemata WHERE schema_name IN"
                        + " ('platform', 'library', 'identity')").equals("0")) {
                    throw new BackupException("The database " + settings.externalUrl() + " is not empty: restore"
                            + " into a new, empty database");
                }
            }
            new DatabaseDump(settings.externalUrl(), settings.user(), settings.password())
                    .restore(settings.pgRestore(), backup.resolve("database.dump"));
            try (Connection connection = externalConnection(settings)) {
                newSearchGeneration(connection);
            }
        }
        if (manifest.storage().equals("local")) {
            copy.copy(backup.resolve("files"), files, relative -> false);
        }
        LOG.info("Restored {} into {} and {} in {} ms; start the application as usual: it rebuilds its search index",
                backup, settings.embedded() ? data : settings.externalUrl(), files,
                Duration.between(started, Instant.now()).toMillis());
        return manifest;
    }

    /**
     * Gives the restored database a new search generation (ADR 12): every node's index, built from the database as
     * it went on after the backup, no longer matches it and is rebuilt at the node's next start. The generation row
     * is the library's, but what it means is exactly this: "the index belongs to another database".
     */
    private static void newSearchGeneration(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE library.search_index_state SET generation = gen_random_uuid()");
        }
    }

    private static String baseBackup(PlatformProperties platform, Path target, TreeCopy copy)
            throws IOException, SQLException {
        Path data = platform.embeddedDataDirectory().toAbsolutePath().normalize();
        if (!Files.isRegularFile(data.resolve("PG_VERSION"))) {
            throw new BackupException("There is no embedded database in " + data
                    + " (educloud.platform.embedded-data-directory)");
        }
        Optional<Connection> running = connectToRunningServer(data);
        if (running.isPresent()) {
            try (Connection connection = running.get()) {
                return new BaseBackup(connection, data).copyTo(target, copy);
            }
        }
        // the application is not running: start the server for the backup, as the application would
        try (EmbeddedDatabase database = EmbeddedDatabase.start(withDataDirectory(platform, data));
                Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
            return new BaseBackup(connection, data).copyTo(target, copy);
        }
    }

    /** The server an application runs on this data directory, found through its pid file. */
    private static Optional<Connection> connectToRunningServer(Path data) throws IOException {
        Optional<PostmasterPidFile> pidFile = PostmasterPidFile.readFrom(data);
        if (pidFile.isEmpty() || pidFile.get().port() == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + pidFile.get().port() + "/postgres", "postgres", "postgres"));
        } catch (SQLException notRunning) {
            return Optional.empty();
        }
    }

    private static PlatformProperties withDataDirectory(PlatformProperties platform, Path data) {
        return new PlatformProperties(platform.trustedProxies(), data, false, platform.embeddedDurable(),
                platform.timeZone(), platform.uploadsPerPerson(), platform.eventListenerThreads());
    }

    private static String externalServerVersion(Settings settings) throws SQLException {
        try (Connection connection = externalConnection(settings)) {
            return single(connection, "SHOW server_version");
        }
    }

    private static Connection externalConnection(Settings settings) throws SQLException {
        return DriverManager.getConnection(settings.externalUrl(), settings.user(), settings.password());
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The empty context the command runs in: Spring Boot's configuration and logging, nothing of the application. */
    @Configuration(proxyBeanMethods = false)
    static class Tool {
    }
}
