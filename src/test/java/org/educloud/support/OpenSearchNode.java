package org.educloud.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real OpenSearch node for the tests of the OpenSearch search backend (ADR 32), started once per test JVM by the
 * first test that asks for it and stopped when the JVM exits. It runs in a JVM of its own, from the jars
 * {@code maven-dependency-plugin} laid out under {@code target/opensearch-node} (its Lucene is another major version
 * than the application's), bound to loopback on a free port, with its data in a temporary directory.
 * <p>
 * As root (CI is), OpenSearch refuses to start unless it cannot tell: JNA is kept from its native library
 * ({@code jna.nosys}, {@code jna.nounpack}), so the node skips the root check, memory locking and the system call
 * filter, and says so in its log. Maven Central has the two modules as plain jars; their plugin descriptors are
 * written here, as a distribution's {@code modules/} directory would carry them.
 */
public final class OpenSearchNode {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchNode.class);
    private static final String VERSION = "3.9.0";
    private static final Duration START_WITHIN = Duration.ofSeconds(120);
    private static URI url;
    private static Duration startedIn;

    private OpenSearchNode() {
    }

    /** The node's HTTP address, starting it if this JVM has not yet. */
    public static synchronized URI url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    /** How long the node took from its JVM's start to answering HTTP. */
    public static synchronized Duration startedIn() {
        url();
        return startedIn;
    }

    private static URI start() {
        Path home = Path.of("target", "opensearch-node").toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("lib").resolve("opensearch-" + VERSION + ".jar"))) {
            throw new IllegalStateException("No OpenSearch node under " + home + ": maven-dependency-plugin lays it"
                    + " out in the process-test-resources phase (run the tests through Maven)");
        }
        try {
            Files.createDirectories(home.resolve("plugins"));
            describe(home, "transport-netty4", "org.opensearch.transport.Netty4ModulePlugin");
            describe(home, "analysis-common", "org.opensearch.analysis.common.CommonAnalysisModulePlugin");
            Path run = Files.createTempDirectory("opensearch-node");
            Path config = Files.createDirectories(run.resolve("config"));
            int http = freePort();
            int transport = freePort();
            Files.writeString(config.resolve("opensearch.yml"), String.join("\n",
                    "cluster.name: educloud-test",
                    "node.name: test-node",
                    "discovery.type: single-node",
                    "network.host: 127.0.0.1",
                    "http.port: " + http,
                    "transport.port: " + transport,
                    "path.data: " + run.resolve("data"),
                    "path.logs: " + run.resolve("logs"),
                    // a test machine's disk may well be fuller than the watermarks allow for a production node
                    "cluster.routing.allocation.disk.threshold_enabled: false",
                    ""));
            Files.writeString(config.resolve("log4j2.properties"), String.join("\n",
                    "status = error",
                    "appender.console.type = Console",
                    "appender.console.name = console",
                    "appender.console.layout.type = PatternLayout",
                    "appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %m%n",
                    "rootLogger.level = warn",
                    "logger.node.name = org.opensearch.node.Node",
                    "logger.node.level = info",
                    "rootLogger.appenderRef.console.ref = console",
                    ""));
            Files.writeString(config.resolve("jvm.options"), "");
            String java = ProcessHandle.current().info().command().orElse("java");
            Path console = run.resolve("console.log");
            Instant begun = Instant.now();
            Process node = new ProcessBuilder(List.of(java, "-Xms512m", "-Xmx512m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-Djna.nosys=true", "-Djna.nounpack=true",
                    "-Dopensearch.path.home=" + home, "-Dopensearch.path.conf=" + config,
                    "-Dopensearch.distribution.type=tar", "-cp", home.resolve("lib") + "/*",
                    "org.opensearch.bootstrap.OpenSearch"))
                    .redirectErrorStream(true).redirectOutput(console.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop(node);
                deleteQuietly(run);
            }, "opensearch-node-stop"));
            URI address = URI.create("http://127.0.0.1:" + http);
            waitUntilItAnswers(node, address, console);
            startedIn = Duration.between(begun, Instant.now());
            LOG.info("OpenSearch {} answers at {} ({} ms after its JVM started; log {})", VERSION, address,
                    startedIn.toMillis(), console);
            return address;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the OpenSearch node", e);
        }
    }

    /** The descriptor a distribution's module directory carries and Maven Central's jar lacks. */
    private static void describe(Path home, String module, String classname) throws IOException {
        Path descriptor = home.resolve("modules").resolve(module).resolve("plugin-descriptor.properties");
        Files.writeString(descriptor, String.join("\n", "name=" + module, "description=" + module,
                "version=" + VERSION, "classname=" + classname, "java.version=21", "opensearch.version=" + VERSION,
                ""));
    }

    private static void waitUntilItAnswers(Process node, URI address, Path console) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (!node.isAlive()) {
                throw new IllegalStateException("The OpenSearch node stopped while starting:\n" + tail(console));
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the OpenSearch node started", e);
            }
            try {
                node.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the OpenSearch node started", e);
            }
        }
        stop(node);
        throw new IllegalStateException("The OpenSearch node did not answer within " + START_WITHIN + ":\n"
                + tail(console));
    }

    private static void stop(Process node) {
        node.destroy();
        try {
            if (!node.waitFor(15, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        } catch (InterruptedException e) {
            node.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind
        }
    }

    private static String tail(Path console) throws IOException {
        List<String> lines = Files.readAllLines(console);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
