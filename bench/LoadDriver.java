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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small closed-loop HTTP load driver for EduCloud, run as a single-file program:
 * {@code java bench/LoadDriver.java http://127.0.0.1:8080 8 20}. It measures, in one run against one server,
 * the bare {@code /ping} baseline, a logged-in {@code /home} page, and the whole login flow (login form, POST
 * /login, home page), and prints each one's throughput, latency percentiles and ratio to the baseline.
 * Only loopback targets are accepted: this is a bench, not a load test of anybody else's server.
 */
public class LoadDriver {

    private static final List<String> FIRST_ERRORS = java.util.Collections.synchronizedList(new ArrayList<>());

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    interface Scenario {
        void run(HttpClient client) throws Exception;
    }

    record Result(String name, long operations, double seconds, long[] latenciesMicros, long errors) {

        double perSecond() {
            return operations / seconds;
        }

        long percentile(double p) {
            if (latenciesMicros.length == 0) {
                return 0;
            }
            return latenciesMicros[Math.min(latenciesMicros.length - 1, (int) Math.ceil(p * latenciesMicros.length) - 1)];
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String user = args.length > 3 ? args[3] : "teacher.wang";
        String password = args.length > 4 ? args[4] : "EduCloud2026";
        String host = URI.create(base).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("Only loopback targets are allowed: " + base);
        }

        HttpClient sessionClient = client();
        login(sessionClient, base, user, password);

        List<Result> results = new ArrayList<>();
        results.add(measure("ping (baseline)", concurrency, seconds, () -> sessionClient,
                c -> expect(c, get(base + "/ping"), 200)));
        results.add(measure("home page, logged in", concurrency, seconds, () -> sessionClient,
                c -> expect(c, get(base + "/home"), 200)));
        String token = "Bearer " + personalToken(sessionClient, base);
        String classId = firstClassId(sessionClient, base, token);
        results.add(measure("API: a class's students", concurrency, seconds, () -> sessionClient,
                c -> expect(c, HttpRequest.newBuilder(URI.create(base + "/api/v1/classes/" + classId))
                        .header("Authorization", token).timeout(Duration.ofSeconds(30)).GET().build(), 200)));
        String orAdmin = System.getProperty("oneroster.admin");
        if (orAdmin != null) {
            oneRoster(results, base, concurrency, seconds, orAdmin, password, System.getProperty("oneroster.school"));
        }
        results.add(measure("login + home page", concurrency, seconds, LoadDriver::client,
                c -> {
                    login(c, base, user, password);
                    expect(c, get(base + "/home"), 200);
                    ((CookieManager) c.cookieHandler().orElseThrow()).getCookieStore().removeAll();
                }));

        double baseline = results.getFirst().perSecond();
        FIRST_ERRORS.stream().distinct().forEach(e -> System.out.println("error seen: " + e));
        System.out.printf("%nconcurrency %d, %d s per scenario, target %s%n", concurrency, seconds, base);
        System.out.printf("%-24s %10s %9s %9s %9s %8s %7s%n", "scenario", "ops/s", "p50 ms", "p95 ms", "p99 ms",
                "vs ping", "errors");
        for (Result r : results) {
            System.out.printf("%-24s %10.1f %9.1f %9.1f %9.1f %8.3f %7d%n", r.name(), r.perSecond(),
                    r.percentile(0.50) / 1000.0, r.percentile(0.95) / 1000.0, r.percentile(0.99) / 1000.0,
                    r.perSecond() / baseline, r.errors());
        }
    }

    /**
     * OneRoster REST scenarios (with {@code -Doneroster.admin=city.admin}): registers an integration client through
     * the admin page, takes a client-credentials token, then reads a class's students and 100-item pages of a
     * school's students at random offsets ({@code -Doneroster.school=org-N}; after ImportBench, a 100k-student school).
     */
    private static void oneRoster(List<Result> results, String base, int concurrency, int seconds, String admin,
                                  String password, String school) throws Exception {
        HttpClient adminClient = client();
        login(adminClient, base, admin, password);
        HttpResponse<String> page = adminClient.send(get(base + "/admin/integrations"),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        Matcher org = Pattern.compile("<option value=\"(\\d+)\"").matcher(page.body());
        if (!csrf.find() || !org.find()) {
            throw new IllegalStateException("no form on the integrations page");
        }
        String form = "name=bench&orgId=" + org.group(1) + "&scopes="
                + enc("https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly") + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> issued = adminClient.send(HttpRequest.newBuilder(URI.create(base + "/admin/integrations"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("id=\"client-id\">([^<]+)<").matcher(issued.body());
        Matcher secret = Pattern.compile("id=\"client-secret\">([^<]+)<").matcher(issued.body());
        if (!id.find() || !secret.find()) {
            throw new IllegalStateException("no client credentials in the page");
        }
        String basic = java.util.Base64.getEncoder().encodeToString((id.group(1) + ":" + secret.group(1))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tokenResponse = adminClient.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher access = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(tokenResponse.body());
        if (!access.find()) {
            throw new IllegalStateException("no access token: " + tokenResponse.body());
        }
        String bearer = "Bearer " + access.group(1);
        String api = base + "/ims/oneroster/rostering/v1p2";
        HttpResponse<String> classes = adminClient.send(HttpRequest.newBuilder(URI.create(api + "/classes?limit=1"))
                .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher classId = Pattern.compile("\"sourcedId\":\"(class-\\d+)\"").matcher(classes.body());
        if (!classId.find()) {
            throw new IllegalStateException("the client sees no class: " + classes.body());
        }
        results.add(measure("OneRoster: class students", concurrency, seconds, () -> adminClient,
                c -> expect(c, HttpRequest.newBuilder(URI.create(api + "/classes/" + classId.group(1) + "/students"))
                        .header("Authorization", bearer).timeout(Duration.ofSeconds(30)).GET().build(), 200)));
        if (school != null) {
            HttpResponse<Void> first = adminClient.send(HttpRequest.newBuilder(URI.create(api + "/schools/" + school
                    + "/students?limit=1")).header("Authorization", bearer).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            long total = Long.parseLong(first.headers().firstValue("X-Total-Count").orElse("0"));
            java.util.Random random = new java.util.Random(42);
            results.add(measure("OneRoster: 100 of " + total, concurrency, seconds, () -> adminClient,
                    c -> expect(c, HttpRequest.newBuilder(URI.create(api + "/schools/" + school + "/students?limit=100"
                            + "&offset=" + (Math.max(0, total - 100) == 0 ? 0 : random.nextLong(total - 100))))
                            .header("Authorization", bearer).timeout(Duration.ofSeconds(30)).GET().build(), 200)));
        }
    }

    private static Result measure(String name, int concurrency, int seconds,
                                  java.util.function.Supplier<HttpClient> clients, Scenario scenario) throws Exception {
        // Warm up the server's JIT for this path before counting.
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(Math.max(2, seconds / 4)).toNanos();
        runLoop(concurrency, warmupEnd, clients, scenario);
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        List<long[]> perWorker = runLoop(concurrency, end, clients, scenario);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long errors = 0;
        List<Long> all = new ArrayList<>();
        for (long[] worker : perWorker) {
            errors += worker[0];
            for (int i = 1; i < worker.length; i++) {
                all.add(worker[i]);
            }
        }
        long[] latencies = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(name, latencies.length, elapsed, latencies, errors);
    }

    /** Each worker returns [errors, latency1, latency2, …] in microseconds. */
    private static List<long[]> runLoop(int concurrency, long endNanos, java.util.function.Supplier<HttpClient> clients,
                                        Scenario scenario) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                futures.add(pool.submit(() -> {
                    HttpClient client = clients.get();
                    long[] samples = new long[1 << 16];
                    int n = 1;
                    long errors = 0;
                    while (System.nanoTime() < endNanos && !stop.get()) {
                        long t0 = System.nanoTime();
                        try {
                            scenario.run(client);
                            if (n == samples.length) {
                                samples = Arrays.copyOf(samples, samples.length * 2);
                            }
                            samples[n++] = (System.nanoTime() - t0) / 1000;
                        } catch (Exception e) {
                            if (errors++ == 0) {
                                FIRST_ERRORS.add(e.toString());
                            }
                        }
                    }
                    samples[0] = errors;
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

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Creates a personal API token through the account page, as a person would. */
    private static String personalToken(HttpClient client, String base) throws Exception {
        HttpResponse<String> page = client.send(get(base + "/account/tokens"), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the tokens page");
        }
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "/account/tokens"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=bench&validDays=1&_csrf=" + enc(csrf.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher secret = Pattern.compile("id=\"token-secret\">(ecpat_[A-Za-z0-9]+)<").matcher(created.body());
        if (!secret.find()) {
            throw new IllegalStateException("no token in the page");
        }
        return secret.group(1);
    }

    private static String firstClassId(HttpClient client, String base, String token) throws Exception {
        HttpResponse<String> classes = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/classes?size=1"))
                .header("Authorization", token).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(classes.body());
        if (!id.find()) {
            throw new IllegalStateException("the account sees no class: " + classes.body());
        }
        return id.group(1);
    }

    private static void login(HttpClient client, String base, String user, String password) throws Exception {
        HttpResponse<String> form = client.send(get(base + "/login"), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || !location.endsWith("/home")) {
            throw new IllegalStateException("login failed: " + response.statusCode() + " " + location);
        }
    }

    private static void expect(HttpClient client, HttpRequest request, int status) throws Exception {
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != status) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
