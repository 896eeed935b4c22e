import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Issue 29's probe fleet, as a single-file program:
 * {@code java bench/ProbeFleetBench.java http://127.0.0.1:18080 PROBES HEARTBEAT_S MEASURE_S SECONDS STOPPED PGPORT}.
 *
 * <p>Needs the data set of {@code bench/probe-fleet.sql} (probes with credentials ecprobe_benchfleet000001 …). Each
 * simulated probe sends, as the real probe does, one heartbeat every HEARTBEAT_S seconds and one measurement every
 * MEASURE_S seconds, each as a one-sample batch with its own sequence number, starting at a random offset so the
 * fleet's arrivals are spread (open loop: a slow platform does not slow the fleet down). The bare {@code /ping} is
 * measured alone first and then again during the load by two closed-loop workers: the ratio is the figure to compare
 * between runs. A third of the way in, STOPPED probes go silent; the driver then asks PostgreSQL (psql on PGPORT) when
 * the platform opened their outages and reports the delay from each probe's last delivered heartbeat. Loopback only.
 */
public class ProbeFleetBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    record Figures(long count, long errors, double perSecond, double p50, double p99, double max) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d requests (%d errors), %.1f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    count, errors, perSecond, p50, p99, max);
        }
    }

    /** Latencies of one kind of request, in microseconds. */
    static final class Timings {
        final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        final AtomicLong errors = new AtomicLong();
        /** What the failures were: an HTTP status, or the exception's name. */
        final java.util.concurrent.ConcurrentHashMap<String, AtomicLong> causes = new java.util.concurrent.ConcurrentHashMap<>();

        void failed(String cause) {
            errors.incrementAndGet();
            causes.computeIfAbsent(cause, c -> new AtomicLong()).incrementAndGet();
        }

        Figures figures(double seconds) {
            long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Figures(sorted.length, errors.get(), sorted.length / seconds, at(sorted, 0.5), at(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
        }

        private static double at(long[] sorted, double share) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * share))] / 1000.0;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 7) {
            System.err.println("usage: java bench/ProbeFleetBench.java BASE PROBES HEARTBEAT_S MEASURE_S SECONDS "
                    + "STOPPED PGPORT");
            System.exit(2);
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("loopback targets only");
        }
        int probes = Integer.parseInt(args[1]);
        int heartbeat = Integer.parseInt(args[2]);
        int measure = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int stopped = Integer.parseInt(args[5]);
        String pgPort = args[6];

        Figures alone = pings(base, 10);
        System.out.println("ping alone (2 workers, 10 s): " + alone);

        Timings heartbeats = new Timings();
        Timings measurements = new Timings();
        AtomicLongArray sequence = new AtomicLongArray(probes + 1);
        AtomicLongArray lastDelivered = new AtomicLongArray(probes + 1);
        long start = System.nanoTime();
        Instant wallStart = Instant.now();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
        Map<Integer, List<ScheduledFuture<?>>> tasks = new HashMap<>();
        Random random = new Random(29);
        for (int p = 1; p <= probes; p++) {
            int probe = p;
            String credential = "ecprobe_benchfleet" + String.format(Locale.ROOT, "%06d", p);
            List<ScheduledFuture<?>> own = new ArrayList<>();
            own.add(clock.scheduleAtFixedRate(() -> senders.submit(() -> send(base, credential, probe, sequence,
                            lastDelivered, heartbeats, false)), random.nextInt(heartbeat * 1000), heartbeat * 1000L,
                    TimeUnit.MILLISECONDS));
            own.add(clock.scheduleAtFixedRate(() -> senders.submit(() -> send(base, credential, probe, sequence,
                            lastDelivered, measurements, true)), random.nextInt(measure * 1000), measure * 1000L,
                    TimeUnit.MILLISECONDS));
            tasks.put(probe, own);
        }
        Thread.sleep(seconds * 1000L / 3);
        for (int p = 1; p <= stopped; p++) {
            tasks.get(p).forEach(t -> t.cancel(false));
        }
        Instant stoppedAt = Instant.now();
        System.out.println("stopped probes 1.." + stopped + " at " + stoppedAt);
        Figures during = pings(base, Math.max(10, seconds * 2 / 3 - 5));
        Thread.sleep(Math.max(0, seconds * 1000L - (System.nanoTime() - start) / 1_000_000));
        double elapsed = (System.nanoTime() - start) / 1e9;
        clock.shutdownNow();
        senders.shutdown();
        senders.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("ran " + String.format(Locale.ROOT, "%.0f", elapsed) + " s from " + wallStart);
        Instant loadEnded = Instant.now();
        System.out.println("heartbeats: " + heartbeats.figures(elapsed) + ", failures " + heartbeats.causes);
        System.out.println("measurements: " + measurements.figures(elapsed) + ", failures " + measurements.causes);
        System.out.println("ping during load (2 workers): " + during);

        // when did the platform notice the silent probes? (it needs K missed heartbeats plus a detection run)
        long deadline = System.nanoTime() + Duration.ofSeconds(heartbeat * 4L + 90).toNanos();
        Map<Integer, Double> opened = new HashMap<>();
        while (System.nanoTime() < deadline && opened.size() < stopped) {
            opened = outagesOpened(pgPort);
            opened.keySet().removeIf(p -> p > stopped);
            Thread.sleep(2000);
        }
        double[] delays = new double[opened.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> e : opened.entrySet()) {
            delays[i++] = e.getValue() - lastDelivered.get(e.getKey()) / 1000.0;
        }
        Arrays.sort(delays);
        System.out.println(String.format(Locale.ROOT, "outages opened for %d of %d stopped probes; delay from the last "
                        + "heartbeat: min %.1f s, median %.1f s, max %.1f s", delays.length, stopped,
                delays.length == 0 ? 0 : delays[0], delays.length == 0 ? 0 : delays[delays.length / 2],
                delays.length == 0 ? 0 : delays[delays.length - 1]));
        // only outages opened while the fleet ran: once the driver stops, every probe falls silent
        Map<Integer, Double> all = outagesOpened(pgPort);
        all.keySet().removeIf(p -> p <= stopped);
        all.values().removeIf(openedAt -> openedAt >= loadEnded.toEpochMilli() / 1000.0);
        System.out.println("outages opened while the fleet ran for probes that kept running (false alarms): "
                + all.size());
        pages(base);
        System.exit(0);
    }

    private static void send(URI base, String credential, int probe, AtomicLongArray sequence,
                             AtomicLongArray lastDelivered, Timings timings, boolean measurement) {
        long number = sequence.incrementAndGet(probe);
        Instant now = Instant.now();
        String sample = measurement
                ? "{\"sequence\":" + number + ",\"kind\":\"MEASUREMENT\",\"at\":\"" + now + "\",\"latencyMs\":"
                + (8 + probe % 40) + ",\"downloadMbps\":" + (60 + probe % 40) + ",\"uploadMbps\":15,\"dnsMs\":4,"
                + "\"loss\":0}"
                : "{\"sequence\":" + number + ",\"kind\":\"HEARTBEAT\",\"at\":\"" + now + "\"}";
        String body = "{\"sentAt\":\"" + now + "\",\"heartbeatSeconds\":30,\"samples\":[" + sample + "]}";
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve("api/v1/probe/samples"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + credential)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                timings.micros.add((System.nanoTime() - t0) / 1000);
                if (!measurement) {
                    lastDelivered.accumulateAndGet(probe, System.currentTimeMillis(), Math::max);
                }
            } else {
                timings.failed(String.valueOf(response.statusCode()));
            }
        } catch (IOException | InterruptedException e) {
            timings.failed(e.getClass().getSimpleName());
        }
    }

    private static Figures pings(URI base, int seconds) throws Exception {
        Timings timings = new Timings();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            workers.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(base.resolve("ping")).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() == 200) {
                            timings.micros.add((System.nanoTime() - t0) / 1000);
                        } else {
                            timings.errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        timings.errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        return timings.figures(seconds);
    }

    /**
     * The status wall, availability and connectivity dashboard of the whole city (every probe school) as city.admin,
     * 30 times each, one at a time, after the load.
     */
    private static void pages(URI base) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = browser.send(HttpRequest.newBuilder(base.resolve("login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        if (!csrf.find()) {
            System.out.println("pages: no login form");
            return;
        }
        String password = System.getProperty("password", "EduCloud2026");
        browser.send(HttpRequest.newBuilder(base.resolve("login")).header("Content-Type",
                        "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        "username=city.admin&password=" + password + "&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.discarding());
        for (String page : List.of("network/status", "network/availability", "network/dashboard")) {
            Timings timings = new Timings();
            long t = System.nanoTime();
            int bytes = 0;
            for (int i = 0; i < 30; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = browser.send(HttpRequest.newBuilder(base.resolve(page)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    timings.micros.add((System.nanoTime() - t0) / 1000);
                    bytes = r.body().length();
                } else {
                    timings.errors.incrementAndGet();
                }
            }
            System.out.println("GET /" + page + " (city, " + bytes + " chars): "
                    + timings.figures((System.nanoTime() - t) / 1e9));
        }
    }

    /** Probe number → epoch seconds its open outage was opened, read with psql from the platform's database. */
    private static Map<Integer, Double> outagesOpened(String pgPort) throws IOException, InterruptedException {
        Process psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-p", pgPort, "-U", "postgres", "-d", "postgres",
                "-Atc", "SELECT substr(p.host_name, 7), extract(epoch FROM i.opened_at) FROM network.incident i "
                + "JOIN network.probe p ON p.school_id = i.school_id AND p.revoked_at IS NULL "
                + "WHERE i.kind = 'OUTAGE' AND p.host_name LIKE 'bench-%' AND i.opened_at > now() - interval '1 hour'")
                .redirectErrorStream(true).start();
        String out = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        psql.waitFor();
        Map<Integer, Double> opened = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] parts = line.split("\\|");
            if (parts.length == 2 && parts[0].matches("\\d+")) {
                opened.put(Integer.parseInt(parts[0]), Double.parseDouble(parts[1]));
            }
        }
        return opened;
    }
}
