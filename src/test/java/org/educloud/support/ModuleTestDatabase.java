package org.educloud.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * One embedded PostgreSQL per test JVM for the module tests, and a fresh database on it for each of their contexts.
 * <p>
 * The server starts at the first module context and stops after the JVM's last module context has closed (its own
 * shutdown hook waits for them: stopped first, it left the contexts' scheduled jobs waiting 30 s for a connection
 * each, and surefire killing the test JVM). Every migration of every module runs once,
 * into a template database; each context then gets {@code CREATE DATABASE … TEMPLATE}, a file copy that takes a few
 * hundred milliseconds instead of the seconds Flyway takes, so a module context costs its beans and nothing more (see
 * ADR 24). The schema is the whole application's, as in production, so a module's SQL that reads another module's
 * tables finds them; the rows are the module test's own: no demo installation.
 * <p>
 * The server is a throw-away one (zonky's defaults: no fsync); the application's durable embedded server
 * ({@code platform}) is not involved.
 */
final class ModuleTestDatabase {

    private static final String TEMPLATE = "module_test_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static final AtomicInteger OPEN_CONTEXTS = new AtomicInteger();
    private static final long LAST_CONTEXT_WAIT_MILLIS = 20_000;

    private ModuleTestDatabase() {
    }

    /** A new database, migrated to the application's current schema, that no other context uses. */
    static synchronized String freshDatabaseUrl() {
        String name = "module_test_" + DATABASES.incrementAndGet();
        execute("create database " + name + " template " + TEMPLATE);
        return server().getJdbcUrl("postgres", name);
    }

    /** A module context that uses the server was refreshed; the server outlives it. */
    static void contextOpened() {
        OPEN_CONTEXTS.incrementAndGet();
    }

    static void contextClosed() {
        OPEN_CONTEXTS.decrementAndGet();
    }

    /** Runs beside Spring's own shutdown hook, which closes the cached contexts; then stops the server. */
    private static void stopAfterLastContext() {
        long giveUp = System.currentTimeMillis() + LAST_CONTEXT_WAIT_MILLIS;
        while (OPEN_CONTEXTS.get() > 0 && System.currentTimeMillis() < giveUp) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            server.close();
        } catch (IOException ignored) {
            // the JVM is ending; zonky's process reaper leaves no server behind either way
        }
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("timezone", "UTC")
                        .setLocaleConfig("encoding", "UTF8")
                        .setLocaleConfig("locale", "C.UTF-8")
                        .setRegisterShutdownHook(false)
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(ModuleTestDatabase::stopAfterLastContext,
                        "module-test-database-stop"));
            } catch (IOException failed) {
                throw new UncheckedIOException("The module tests' PostgreSQL did not start", failed);
            }
            migrateTemplate();
        }
        return server;
    }

    /** The application's own Flyway settings (schemas, locations, out-of-order), read from application.yml. */
    private static void migrateTemplate() {
        execute("create database " + TEMPLATE);
        Properties application = applicationYml();
        Flyway.configure()
                .dataSource(server.getJdbcUrl("postgres", TEMPLATE), "postgres", "postgres")
                .schemas(application.getProperty("spring.flyway.schemas").split(","))
                .locations(application.getProperty("spring.flyway.locations").split(","))
                .outOfOrder(Boolean.parseBoolean(application.getProperty("spring.flyway.out-of-order")))
                .load()
                .migrate();
    }

    private static Properties applicationYml() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        if (properties == null) {
            throw new IllegalStateException("application.yml is not on the test class path");
        }
        return properties;
    }

    private static void execute(String sql) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not " + sql, failed);
        }
    }
}
