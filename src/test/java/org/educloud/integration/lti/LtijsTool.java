package org.educloud.integration.lti;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A third-party LTI 1.3 tool beside the platform: {@code src/test/lti-tool/ltijs-tool.js}, built on the npm library
 * ltijs (IMS-certified LTI Advantage) with its PostgreSQL store ltijs-sequelize, run by Node.js in a process of its
 * own. Its packages are installed from the lock file into {@code target/lti-tool} once ({@code npm ci}); its data
 * lives in a database of its own in the test's embedded PostgreSQL, dropped when the tool stops.
 */
final class LtijsTool implements AutoCloseable {

    private static final Path SOURCE = Path.of("src", "test", "lti-tool");
    private static final Path WORK = Path.of("target", "lti-tool");
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "ltijs-tool.js");

    private final Process process;
    private final OutputStream input;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> output = new ArrayList<>();
    private final JdbcClient postgres;
    private final String database;
    private final int port;

    private LtijsTool(Process process, JdbcClient postgres, String database) throws Exception {
        this.process = process;
        this.input = process.getOutputStream();
        this.postgres = postgres;
        this.database = database;
        Thread reader = new Thread(this::read, "ltijs-tool-output");
        reader.setDaemon(true);
        reader.start();
        this.port = Integer.parseInt(awaitLine("listening ").substring("listening ".length()).strip());
    }

    /** Installs (once) and starts the tool with a new database in the test's PostgreSQL. */
    static LtijsTool start(JdbcClient postgres) throws Exception {
        install();
        String database = "ltijs_tool_" + random(6);
        postgres.sql("CREATE DATABASE " + database).update();
        // where the test's own connection reached the server (TCP: JDBC has no Unix sockets)
        String pgHost = postgres.sql("SELECT host(inet_server_addr())").query(String.class).single();
        int pgPort = postgres.sql("SELECT inet_server_port()").query(Integer.class).single();
        String user = postgres.sql("SELECT current_user").query(String.class).single();
        ProcessBuilder builder = new ProcessBuilder("node", "ltijs-tool.js").directory(WORK.toFile())
                .redirectErrorStream(true);
        builder.environment().put("PGHOST", pgHost);
        builder.environment().put("PGPORT", String.valueOf(pgPort));
        builder.environment().put("PGDATABASE", database);
        builder.environment().put("PGUSER", user);
        builder.environment().put("PGPASSWORD", "");
        builder.environment().put("LTI_KEY", random(24));
        // ltijs's own log of each step, shown when a test fails
        builder.environment().put("DEBUG", "provider:*");
        return new LtijsTool(builder.start(), postgres, database);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Tells the tool the platform EduCloud is and the client id it was given there, as its admin would. */
    void registerPlatform(String platform, String clientId) throws Exception {
        input.write(("{\"platform\":\"" + platform + "\",\"clientId\":\"" + clientId + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        input.flush();
        String answer = awaitLine("regist");
        if (!answer.equals("registered")) {
            throw new AssertionError(answer + "\n" + log());
        }
    }

    /** What the tool and ltijs printed so far, for a failing assertion's message. */
    synchronized String log() {
        return String.join("\n", output.subList(Math.max(0, output.size() - 200), output.size()));
    }

    private static void install() throws Exception {
        Files.createDirectories(WORK);
        boolean changed = false;
        for (String file : FILES) {
            Path target = WORK.resolve(file);
            byte[] wanted = Files.readAllBytes(SOURCE.resolve(file));
            if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), wanted)) {
                Files.write(target, wanted);
                changed |= !file.endsWith(".js");
            }
        }
        Path installed = WORK.resolve("node_modules").resolve(".educloud-installed-lock.json");
        if (!changed && Files.exists(installed)) {
            return;
        }
        Path log = WORK.resolve("npm-ci.log");
        Process npm;
        try {
            npm = new ProcessBuilder("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund")
                    .directory(WORK.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("Node.js 20+ and npm are needed to run the ltijs tool beside the platform "
                    + "(Debian: apt-get install nodejs npm)", e);
        }
        if (!npm.waitFor(10, TimeUnit.MINUTES)) {
            npm.destroyForcibly();
            throw new AssertionError("npm ci did not finish in 10 minutes; see " + log.toAbsolutePath());
        }
        if (npm.exitValue() != 0) {
            throw new AssertionError("npm ci failed:\n" + Files.readString(log));
        }
        Files.copy(WORK.resolve("package-lock.json"), installed, StandardCopyOption.REPLACE_EXISTING);
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (this) {
                    output.add(line);
                    if (output.size() > 2000) {
                        output.subList(0, 1000).clear();
                    }
                }
                if (!line.startsWith(" ") && !line.contains(" provider:")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // the process ended; close() or the next await says so
        }
    }

    private String awaitLine(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
            if (line != null && line.startsWith("start failed")) {
                break;
            }
            if (line == null && !process.isAlive()) {
                break;
            }
        }
        throw new AssertionError("the ltijs tool never said \"" + prefix + "…\":\n" + log());
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    @Override
    public void close() throws Exception {
        try {
            input.close();
        } catch (IOException e) {
            // already gone
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        postgres.sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").update();
    }
}
