import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dashboard latency of equity monitoring over a large region, as a single-file program:
 * {@code java bench/EquityDashboardBench.java http://127.0.0.1:18080 DISTRICT_ID CITY_ID [clients] [seconds]}.
 * Logs in as city.admin (the session, not the login, is what a dashboard reader has), then for each page in turn
 * runs a closed loop of GETs and prints requests/s and latency percentiles, after the bare /ping baseline measured
 * the same way in the same run. {@code -Dpage=region} runs the baseline and the pages whose name contains it.
 * Loopback targets only.
 */
public class EquityDashboardBench {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String district = args[1];
        String city = args[2];
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        String host = URI.create(base).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.")) {
            throw new IllegalArgumentException("Only loopback targets are allowed: " + base);
        }
        String only = System.getProperty("page");
        List<String[]> pages = List.of(
                new String[] {"GET /ping (baseline)", "/ping"},
                new String[] {"county balance report (50 schools)", "/equity/balance?district=" + district},
                new String[] {"county digital equity (50 schools)", "/equity/digital?org=" + district},
                new String[] {"region digital equity (1,012 schools)", "/equity/digital?org=" + city},
                new String[] {"district survey list (50 schools)", "/equity/surveys?org=" + district},
                new String[] {"county balance over 5 years + 3 years digital", "/equity/balance/trend?district="
                        + district});
        System.out.printf("%-40s %8s %9s %9s %9s %7s%n", "page", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors");
        for (String[] page : pages) {
            if (only != null && !page[1].equals("/ping") && !page[0].contains(only)) {
                continue;
            }
            List<HttpClient> sessions = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                sessions.add(logIn(base));
            }
            run(base + page[1], sessions, Math.max(3, seconds / 4)); // warm-up
            long start = System.nanoTime();
            List<long[]> results = run(base + page[1], sessions, seconds);
            double elapsed = (System.nanoTime() - start) / 1e9;
            long[] all = results.stream().flatMapToLong(r -> Arrays.stream(r, 1, r.length)).sorted().toArray();
            long errors = results.stream().mapToLong(r -> r[0]).sum();
            System.out.printf("%-40s %8.1f %9.1f %9.1f %9.1f %7d%n", page[0], all.length / elapsed,
                    pct(all, 0.50) / 1000.0, pct(all, 0.95) / 1000.0, pct(all, 0.99) / 1000.0, errors);
        }
    }

    /** Each client's loop: element 0 counts errors, the rest are latencies in µs. */
    private static List<long[]> run(String url, List<HttpClient> sessions, int seconds) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(sessions.size())) {
            List<Future<long[]>> futures = new ArrayList<>();
            for (HttpClient client : sessions) {
                futures.add(pool.submit(() -> {
                    long[] samples = new long[1024];
                    int n = 1;
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        long micros = (System.nanoTime() - t0) / 1000;
                        if (r.statusCode() != 200) {
                            samples[0]++;
                            continue;
                        }
                        if (n == samples.length) {
                            samples = Arrays.copyOf(samples, n * 2);
                        }
                        samples[n++] = micros;
                    }
                    return Arrays.copyOf(samples, n);
                }));
            }
            List<long[]> results = new ArrayList<>();
            for (Future<long[]> f : futures) {
                results.add(f.get());
            }
            return results;
        }
    }

    static HttpClient logIn(String base) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login form");
        }
        String body = "username=city.admin&password=" + URLEncoder.encode("EduCloud2026", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        if (login.statusCode() != 302 || !login.headers().firstValue("Location").orElse("").endsWith("/home")) {
            throw new IllegalStateException("city.admin could not log in: " + login.statusCode());
        }
        return client;
    }

    private static long pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
