package org.educloud.support;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.educloud.EduCloudApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.util.FileSystemUtils;

/**
 * A second node (node B) beside the tests' platform (node A): the whole application on the same PostgreSQL, with
 * its own files, search index and node id, on its own random port. Started once per platform context, by the first
 * test class that asks for it, and closed just before the platform closes (before its embedded database stops), so
 * that every two-node test shares one start of about ten seconds.
 */
public final class SecondNode {

    public static final String NODE_ID = "node-b";

    private static final Map<ApplicationContext, ConfigurableApplicationContext> NODES = new IdentityHashMap<>();

    private static final ThreadLocal<Boolean> STARTING = ThreadLocal.withInitial(() -> false);

    private SecondNode() {
    }

    /** Whether the beans being made now are node B's (made on the thread that starts it). */
    static boolean starting() {
        return STARTING.get();
    }

    /** Node B beside this platform, started on the first call. */
    public static synchronized ConfigurableApplicationContext beside(ApplicationContext platform) {
        ConfigurableApplicationContext node = NODES.get(platform);
        if (node == null) {
            node = start(platform);
            NODES.put(platform, node);
        }
        return node;
    }

    /** The port node B serves HTTP on. */
    public static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext start(ApplicationContext platform) {
        Path files;
        try {
            files = Files.createTempDirectory("educloud-node-b");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url;
        try {
            url = platform.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        // command-line arguments: they override application.yml (the builder's properties would not)
        // node B is a second server, not the application under test: its fixture beans must not become the ones
        // the isolation tables reach statically (it lives until the suite ends, so it would stay the newest)
        STARTING.set(true);
        ConfigurableApplicationContext node;
        try {
            node = new SpringApplicationBuilder(EduCloudApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--educloud.library.directory=" + files,
                "--educloud.library.node-id=" + NODE_ID,
                "--educloud.library.index-drain-delay=300ms",
                "--educloud.demo.enabled=false",
                // the platform owns these: a second node must not replay its events or run its reminders on its own
                // schedule (a test runs them on both nodes when it means to)
                "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--educloud.learning.reminder-delay=1h",
                "--server.port=0",
                "--spring.jmx.enabled=false");
        } finally {
            STARTING.remove();
        }
        ((ConfigurableApplicationContext) platform).addApplicationListener(
                (ApplicationListener<ContextClosedEvent>) closed -> {
                    if (closed.getApplicationContext() == platform) {
                        stop(platform, files);
                    }
                });
        return node;
    }

    private static synchronized void stop(ApplicationContext platform, Path files) {
        ConfigurableApplicationContext node = NODES.remove(platform);
        if (node != null) {
            node.close();
        }
        FileSystemUtils.deleteRecursively(files.toFile());
    }
}
