/*
 * EduCloud school probe: a single-file Java program with no dependencies outside the JDK.
 *
 *   java EduCloudProbe.java --platform https://educloud.example.cn --enrol ABCD-EFGH-JKLM-NPQR --state-dir /var/lib/educloud-probe
 *
 * It enrols once with the one-time code a school or district admin issued on the school's probe page and keeps the
 * credential it receives in its state directory (later starts need no code). Then it sends a heartbeat every
 * --heartbeat-seconds and every --measure-seconds a measurement: round-trip latency to the platform, download and
 * upload throughput against the platform's bounded test endpoint, name resolution time, and loss (the share of
 * pings that failed). Every sample gets the next number of one per-probe sequence and is written to a queue on disk
 * before anything is sent, so while the line is down samples pile up (bounded by --buffer-max, the oldest dropped
 * first) and go out oldest first when it is back; the platform stores each sequence number once, so a batch sent
 * twice (its answer lost) is not stored twice. The credential travels in the Authorization header only. A refused
 * credential (401: revoked or unknown) or a closed school (403) stops the probe with exit status 3.
 */

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

public class EduCloudProbe {

    static final String VERSION = "1.0";
    static final int EXIT_USAGE = 2;
    static final int EXIT_REFUSED = 3;

    /** The platform refused this probe for good (revoked credential, closed school): stop rather than retry. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    record Settings(URI platform, String enrolCode, Path stateDir, int heartbeatSeconds, int measureSeconds,
                    int downloadBytes, int uploadBytes, int pings, int bufferMax, int batchMax, int timeoutSeconds) {

        static Settings parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("unexpected argument " + args[i]);
                }
                values.put(args[i].substring(2), args[++i]);
            }
            String platform = values.get("platform");
            String state = values.get("state-dir");
            if (platform == null || state == null) {
                throw new IllegalArgumentException("--platform and --state-dir are required");
            }
            return new Settings(URI.create(platform.endsWith("/") ? platform : platform + "/"),
                    values.get("enrol"), Path.of(state),
                    number(values, "heartbeat-seconds", 30, 1, 3600), number(values, "measure-seconds", 300, 1, 86400),
                    number(values, "download-bytes", 5_000_000, 1, 25_000_000),
                    number(values, "upload-bytes", 2_000_000, 1, 25_000_000), number(values, "pings", 5, 1, 50),
                    number(values, "buffer-max", 20_000, 10, 1_000_000), number(values, "batch-max", 200, 1, 500),
                    number(values, "timeout-seconds", 10, 1, 300));
        }

        private static int number(Map<String, String> values, String name, int otherwise, int min, int max) {
            String value = values.get(name);
            int parsed = value == null ? otherwise : Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw new IllegalArgumentException("--" + name + " must be between " + min + " and " + max);
            }
            return parsed;
        }
    }

    private final Settings settings;
    private final HttpClient http;
    private final Path queue;
    private final SecureRandom random = new SecureRandom();
    private String credential = "";
    private int batchMax;

    EduCloudProbe(Settings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(settings.timeoutSeconds()))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.queue = settings.stateDir().resolve("queue");
        this.batchMax = settings.batchMax();
    }

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("educloud-probe: " + e.getMessage());
            System.err.println("usage: java EduCloudProbe.java --platform URL --state-dir DIR [--enrol CODE] "
                    + "[--heartbeat-seconds 30] [--measure-seconds 300] [--download-bytes N] [--upload-bytes N] "
                    + "[--pings 5] [--buffer-max 20000] [--batch-max 200] [--timeout-seconds 10]");
            System.exit(EXIT_USAGE);
            return;
        }
        // name resolution is one of the figures: never answer it from the JVM's cache
        java.security.Security.setProperty("networkaddress.cache.ttl", "0");
        java.security.Security.setProperty("networkaddress.cache.negative.ttl", "0");
        try {
            new EduCloudProbe(settings).run();
        } catch (Refused refused) {
            log("refused by the platform, stopping: " + refused.getMessage());
            System.exit(EXIT_REFUSED);
        }
    }

    void run() throws Exception {
        Files.createDirectories(queue);
        credential = enrolled();
        // two timers, so a long throughput test on a slow line never holds back a heartbeat
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
        timers.scheduleAtFixedRate(() -> guarded(() -> {
            enqueue("\"kind\":\"HEARTBEAT\",\"at\":\"" + Instant.now() + "\"");
            flush();
        }), 0, settings.heartbeatSeconds(), TimeUnit.SECONDS);
        timers.scheduleAtFixedRate(() -> guarded(() -> {
            String measurement = measure();
            enqueue(measurement);
            flush();
        }), 0, settings.measureSeconds(), TimeUnit.SECONDS);
        timers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    }

    interface Work {
        void run() throws Exception;
    }

    /** Runs one tick: a refusal stops the probe, anything else is logged and the next tick tries again. */
    private static void guarded(Work work) {
        try {
            work.run();
        } catch (Refused refused) {
            log("refused by the platform, stopping: " + refused.getMessage());
            System.exit(EXIT_REFUSED);
        } catch (Exception failed) {
            log("tick failed, trying again next time: " + failed);
        }
    }

    // ---- enrolment ----

    private String enrolled() throws Exception {
        Path file = settings.stateDir().resolve("credential");
        if (Files.exists(file)) {
            if (settings.enrolCode() != null) {
                log("already enrolled; the --enrol code is not used again");
            }
            return Files.readString(file).strip();
        }
        if (settings.enrolCode() == null) {
            throw new Refused("not enrolled yet: start once with --enrol CODE from the school's probe page");
        }
        String body = "{\"code\":" + quote(settings.enrolCode()) + ",\"hostName\":"
                + quote(InetAddress.getLocalHost().getHostName()) + ",\"version\":" + quote(VERSION) + "}";
        while (true) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(api("enrolment"))
                        .timeout(Duration.ofSeconds(settings.timeoutSeconds()))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    String received = field(response.body(), "credential");
                    write(file, received);
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException notPosix) {
                        // Windows: the directory's own permissions protect it
                    }
                    log("enrolled as probe " + field(response.body(), "probeId") + " of "
                            + field(response.body(), "schoolName"));
                    return received;
                }
                throw new Refused("enrolment refused (" + response.statusCode() + "): " + response.body());
            } catch (IOException lineDown) {
                log("platform unreachable for enrolment, retrying: " + lineDown);
                Thread.sleep(settings.heartbeatSeconds() * 1000L);
            }
        }
    }

    // ---- the queue on disk ----

    /** Numbers the sample and writes it to the queue before anything is sent: nothing measured is lost on a crash. */
    private synchronized void enqueue(String fields) throws IOException {
        Path counter = settings.stateDir().resolve("sequence");
        long sequence = (Files.exists(counter) ? Long.parseLong(Files.readString(counter).strip()) : 0) + 1;
        write(counter, Long.toString(sequence));
        write(queue.resolve(String.format(Locale.ROOT, "%019d.json", sequence)),
                "{\"sequence\":" + sequence + "," + fields + "}");
        List<Path> waiting = queued();
        if (waiting.size() > settings.bufferMax()) {
            List<Path> dropped = waiting.subList(0, waiting.size() - settings.bufferMax());
            for (Path old : dropped) {
                Files.deleteIfExists(old);
            }
            log("buffer full: dropped the " + dropped.size() + " oldest samples");
        }
    }

    private List<Path> queued() throws IOException {
        try (Stream<Path> files = Files.list(queue)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Sends the queue oldest first, a batch at a time, until it is empty or the line fails. */
    private synchronized void flush() throws Exception {
        List<Path> waiting = queued();
        int sent = 0;
        while (sent < waiting.size()) {
            List<Path> batch = waiting.subList(sent, Math.min(waiting.size(), sent + batchMax));
            StringBuilder body = new StringBuilder("{\"sentAt\":\"" + Instant.now() + "\",\"heartbeatSeconds\":"
                    + settings.heartbeatSeconds() + ",\"probeVersion\":" + quote(VERSION) + ",\"samples\":[");
            for (int i = 0; i < batch.size(); i++) {
                body.append(i == 0 ? "" : ",").append(Files.readString(batch.get(i)));
            }
            body.append("]}");
            HttpResponse<String> response;
            try {
                response = http.send(authorised(api("samples")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException lineDown) {
                log("platform unreachable, " + (waiting.size() - sent) + " samples kept for later: " + lineDown);
                return;
            }
            int status = response.statusCode();
            refusedIf(status, response.body());
            if (status == 200) {
                for (Path done : batch) {
                    Files.deleteIfExists(done);
                }
                sent += batch.size();
            } else if (status == 413 && batchMax > 1) {
                batchMax = Math.max(1, batchMax / 2);
            } else if (status == 422) {
                // the platform will never take these: set them aside so the queue does not stall behind them
                Path rejected = Files.createDirectories(settings.stateDir().resolve("rejected"));
                for (Path bad : batch) {
                    Files.move(bad, rejected.resolve(bad.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
                log("platform rejected " + batch.size() + " samples: " + response.body());
                sent += batch.size();
            } else {
                log("platform answered " + status + ", keeping " + (waiting.size() - sent) + " samples");
                return;
            }
        }
        if (sent > 2) {
            log("delivered a backlog of " + sent + " samples");
        }
    }

    // ---- measuring ----

    private String measure() throws Refused {
        Instant at = Instant.now();
        Double dnsMs = null;
        try {
            long start = System.nanoTime();
            InetAddress.getAllByName(settings.platform().getHost());
            dnsMs = millis(start);
        } catch (IOException unresolved) {
            log("name resolution failed: " + unresolved.getMessage());
        }
        List<Double> rtts = new ArrayList<>();
        for (int i = 0; i < settings.pings(); i++) {
            try {
                long start = System.nanoTime();
                HttpResponse<Void> response = http.send(authorised(api("ping")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                refusedIf(response.statusCode(), "");
                if (response.statusCode() == 204) {
                    rtts.add(millis(start));
                }
            } catch (IOException | InterruptedException failed) {
                // a failed ping is what loss counts
            }
        }
        double loss = 1.0 - (double) rtts.size() / settings.pings();
        Double latency = rtts.isEmpty() ? null : median(rtts);
        Double down = null;
        Double up = null;
        if (!rtts.isEmpty()) {
            down = download();
            up = upload();
        }
        return "\"kind\":\"MEASUREMENT\",\"at\":\"" + at + "\",\"latencyMs\":" + json(latency) + ",\"downloadMbps\":"
                + json(down) + ",\"uploadMbps\":" + json(up) + ",\"dnsMs\":" + json(dnsMs) + ",\"loss\":"
                + json(loss);
    }

    private Double download() throws Refused {
        try {
            long start = System.nanoTime();
            HttpResponse<InputStream> response = http.send(authorised(api("throughput?bytes="
                    + settings.downloadBytes())).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            refusedIf(response.statusCode(), "");
            long bytes = 0;
            try (InputStream in = response.body()) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes += n;
                }
            }
            return response.statusCode() == 200 ? mbps(bytes, start) : null;
        } catch (IOException | InterruptedException failed) {
            return null;
        }
    }

    private Double upload() throws Refused {
        byte[] payload = new byte[settings.uploadBytes()];
        random.nextBytes(payload);
        try {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(authorised(api("throughput"))
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(payload)).build(), HttpResponse.BodyHandlers.ofString());
            refusedIf(response.statusCode(), response.body());
            return response.statusCode() == 200 ? mbps(payload.length, start) : null;
        } catch (IOException | InterruptedException failed) {
            return null;
        }
    }

    // ---- small helpers ----

    private HttpRequest.Builder authorised(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(settings.timeoutSeconds()))
                .header("Authorization", "Bearer " + credential);
    }

    private URI api(String path) {
        return settings.platform().resolve("api/v1/probe/" + path);
    }

    private static void refusedIf(int status, String body) throws Refused {
        if (status == 401 || status == 403) {
            throw new Refused(status + " " + body);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException noAtomicMove) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)\"?").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static String json(Double value) {
        return value == null ? "null" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    private static double mbps(long bytes, long startNanos) {
        double seconds = Math.max(1e-6, (System.nanoTime() - startNanos) / 1e9);
        return bytes * 8 / seconds / 1_000_000;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static void log(String message) {
        System.out.println(Instant.now() + " educloud-probe " + message);
        System.out.flush();
    }
}
