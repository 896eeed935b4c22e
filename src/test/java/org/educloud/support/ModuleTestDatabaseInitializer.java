package org.educloud.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Points a module-test context at a fresh database of {@link ModuleTestDatabase} (already migrated, so Flyway is
 * off) and at an emptied file directory of its own (library files and the search index), before any bean is made.
 */
final class ModuleTestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = ModuleTestDatabase.freshDatabaseUrl();
        String database = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?') > 0 ? url.indexOf('?') : url.length());
        Path files = Path.of("target", "module-tests", database);
        try {
            // database names restart with every test JVM: files and search index of an earlier run must not remain
            FileSystemUtils.deleteRecursively(files);
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not empty " + files, failed);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("moduleTestDatabase", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres",
                // several module contexts stay cached side by side on one server
                "spring.datasource.hikari.maximum-pool-size", "4",
                "spring.flyway.enabled", "false",
                "educloud.library.directory", files.toString())));
        context.addApplicationListener(event -> {
            if (event instanceof ContextRefreshedEvent refreshed && refreshed.getApplicationContext() == context) {
                ModuleTestDatabase.contextOpened();
            } else if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                ModuleTestDatabase.contextClosed();
            }
        });
    }
}
