import java.io.IOException;
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
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "8 a.m. bell" of issue 5, as a single-file program:
 * {@code java bench/MorningBellBench.java http://127.0.0.1:18080 16 60 [students] [password]}.
 *
 * <p>Needs the data set of {@code bench/morning-bell.sql} (students bell.s00001 … bell.s10000). Each virtual student,
 * a different one per journey, cycling through all of them, does what a pupil does when school starts: opens the
 * login form, logs in, lands on the home page, opens today's assignment from its to-do list, downloads the attached
 * work sheet, hands in a text answer and reads the page the form redirects to. Every HTTP request is timed and
 * counted; the bare {@code /ping} is measured in the same run with the same concurrency and duration, and the
 * ratio is the figure to compare between runs (the machine is shared, see bench/README.md).
 *
 * <p>Closed loop, as LoadDriver: each of {@code concurrency} workers starts its next journey when the last one ends,
 * so the figures are sustained throughput at that many students in flight, not an open arrival rate. Only loopback
 * targets are accepted: this is a bench, not a load test of anybody else's server.
 */
public class MorningBellBench {

    /** The requests of a journey, in order, and the two aggregates; the labels are what the report prints. */
    enum Step {
        PING("GET /ping"),
        LOGIN_FORM("login: GET /login"),
        LOGIN("login: POST /login"),
        HOME("home: GET /home"),
        ASSIGNMENT("assignment: GET page"),
        FILE("file: GET attachment"),
        SUBMIT("submit: POST answer"),
        SUBMITTED("submit: GET redirect"),
        JOURNEY("whole journey");

        final String label;

        Step(String label) {
            this.label = label;
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    // The to-do list on /home links each task as /learning/assignments/{id}; the bench class has only its one.
    private static final Pattern ASSIGNMENT_LINK = Pattern.compile("href=\"/learning/assignments/(\\d+)\"");
    private static final Pattern FILE_LINK = Pattern.compile("href=\"(/learning/assignments/\\d+/files/\\d+)\"");
    // The form's own token: it is what makes a double click one attempt, so send the one the page gave.
    private static final Pattern SUBMIT_TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-fA-F-]{36})\"");
    private static final Pattern PROBLEM = Pattern.compile("class=\"problem\" role=\"alert\">([^<]*)<");
    private static final String NOTICE = "class=\"notice\" role=\"status\"";

    private static final List<String> FIRST_ERRORS = Collections.synchronizedList(new ArrayList<>());

    /** A step that did not do what a browser would have seen it do. */
    static final class Failure extends Exception {
        final Step step;

        Failure(Step step, String message) {
            super(step.label + ": " + message, null, false, false);
            this.step = step;
        }
    }

    interface Scenario {
        void run(Worker worker) throws Failure;
    }

    /** One virtual user at a time: its own client (connection, cookie jar) and its own samples, merged at the end. */
    static final class Worker {
        final HttpClient client = client();
        final long[][] samples = new long[Step.values().length][256];
        final int[] counts = new int[Step.values().length];
        final long[] errors = new long[Step.values().length];
        long answered;
        boolean loggedIn;

        record Timed<T>(HttpResponse<T> response, long micros) {
        }

        /** Sends and times one request; answered requests count towards requests/s whatever their status. */
        <T> Timed<T> send(Step step, HttpRequest request, HttpResponse.BodyHandler<T> body, int expected)
                throws Failure {
            long t0 = System.nanoTime();
            HttpResponse<T> response;
            try {
                response = client.send(request, body);
            } catch (IOException e) {
                throw new Failure(step, request.uri() + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure(step, "interrupted");
            }
            long micros = (System.nanoTime() - t0) / 1000;
            answered++;
            if (response.statusCode() != expected) {
                throw new Failure(step, request.uri() + " answered " + response.statusCode() + " (expected "
                        + expected + ")" + response.headers().firstValue("Location").map(l -> " → " + l).orElse(""));
            }
            return new Timed<>(response, micros);
        }

        /** Latencies are kept only for steps that did what they should, as LoadDriver keeps successful operations. */
        void ok(Step step, long micros) {
            int i = step.ordinal();
            if (counts[i] == samples[i].length) {
                samples[i] = Arrays.copyOf(samples[i], samples[i].length * 2);
            }
            samples[i][counts[i]++] = micros;
        }

        void forgetSession() {
            ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().removeAll();
        }
    }

    /** One measured phase: every step's sorted latencies (µs), errors, and the answered requests. */
    record Phase(double seconds, long answered, long[][] latencies, long[] errors) {

        long[] of(Step step) {
            return latencies[step.ordinal()];
        }

        /** The latencies of the journey's seven requests together. */
        long[] requests() {
            return Arrays.stream(Step.values()).filter(s -> s != Step.PING && s != Step.JOURNEY)
                    .flatMapToLong(s -> Arrays.stream(of(s))).sorted().toArray();
        }

        long errorsOf(Step step) {
            return errors[step.ordinal()];
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int students = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        String password = args.length > 4 ? args[4] : "EduCloud2026";
        String host = URI.create(base).getHost();
        if (host == null || !(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("Only loopback targets are allowed: " + base);
        }
        if (concurrency > 90) {
            // Every login is counted against the one address 127.0.0.1 before it is checked (100 in flight at most,
            // see PasswordAuthentication); beyond that the bench would measure the throttle, not the school.
            System.out.println("warning: more than ~100 logins in flight from one address trip the address throttle");
        }

        AtomicLong next = new AtomicLong();
        Scenario bell = w -> journey(w, base, "bell.s%05d".formatted(1 + next.getAndIncrement() % students), password);
        Scenario loggedIn = w -> lesson(w, base, "bell.s%05d".formatted(1 + next.getAndIncrement() % students),
                password);
        Scenario ping = w -> {
            var r = w.send(Step.PING, get(base + "/ping"), HttpResponse.BodyHandlers.discarding(), 200);
            w.ok(Step.PING, r.micros());
        };

        // One journey first, alone: a missing data set or a changed page fails here with its reason, not as
        // thousands of identical errors.
        try {
            bell.run(new Worker());
        } catch (Failure f) {
            System.err.println("The first journey failed: " + f.getMessage());
            System.err.println("Is bench/morning-bell.sql loaded into this server's database, and is the password "
                    + "right?");
            System.exit(1);
        }

        int warmup = Math.max(3, seconds / 4);
        Phase baseline = measure(concurrency, warmup, seconds, ping);
        Phase morning = measure(concurrency, warmup, seconds, bell);
        Phase lessons = measure(concurrency, warmup, seconds, loggedIn);

        FIRST_ERRORS.stream().distinct().limit(10).forEach(e -> System.out.println("error seen: " + e));
        System.out.printf("%nconcurrency %d, %d s measured per scenario after %d s warm-up, %d students, target %s%n",
                concurrency, seconds, warmup, students, base);
        System.out.printf("%-30s %10s %9s %9s %9s %8s%n", "scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors");
        long baselineErrors = baseline.errorsOf(Step.PING) + baseline.errorsOf(Step.JOURNEY);
        long morningErrors = Arrays.stream(morning.errors()).sum() - morning.errorsOf(Step.JOURNEY);
        row("GET /ping (baseline)", baseline.answered() / baseline.seconds(), baseline.of(Step.PING), baselineErrors);
        row("morning bell: every request", morning.answered() / morning.seconds(), morning.requests(), morningErrors);
        double ratio = (morning.answered() / morning.seconds()) / (baseline.answered() / baseline.seconds());
        System.out.printf("%nrequests/s, morning bell ÷ ping: %.3f   p50 ÷ ping p50: %.1f   p99 ÷ ping p99: %.1f%n",
                ratio, (double) percentile(morning.requests(), 0.50) / Math.max(1, percentile(baseline.of(Step.PING), 0.50)),
                (double) percentile(morning.requests(), 0.99) / Math.max(1, percentile(baseline.of(Step.PING), 0.99)));
        long journeys = morning.of(Step.JOURNEY).length;
        System.out.printf("journeys completed: %d (%.2f/s), failed: %d%n%n", journeys, journeys / morning.seconds(),
                morning.errorsOf(Step.JOURNEY));

        System.out.printf("%-30s %10s %9s %9s %9s %8s%n", "step", "per s", "p50 ms", "p95 ms", "p99 ms", "errors");
        for (Step step : Step.values()) {
            if (step != Step.PING) {
                row(step.label, morning.of(step).length / morning.seconds(), morning.of(step), morning.errorsOf(step));
            }
        }

        System.out.printf("%nlogged in already (one login per worker, then the rest of the morning again and again)%n");
        System.out.printf("%-30s %10s %9s %9s %9s %8s%n", "step", "per s", "p50 ms", "p95 ms", "p99 ms", "errors");
        row("every request", lessons.answered() / lessons.seconds(), lessons.requests(),
                Arrays.stream(lessons.errors()).sum() - lessons.errorsOf(Step.JOURNEY));
        for (Step step : Step.values()) {
            if (step != Step.PING && step != Step.LOGIN_FORM && step != Step.LOGIN) {
                row(step.label, lessons.of(step).length / lessons.seconds(), lessons.of(step), lessons.errorsOf(step));
            }
        }
    }

    /**
     * One pupil's morning. Any step that fails ends the journey (a browser's user would be stuck there too); the
     * session is dropped either way, so the next journey starts as a new visitor. The worker keeps its TCP
     * connection between journeys: on loopback a handshake is negligible next to a bcrypt check.
     */
    static void journey(Worker w, String base, String username, String password) throws Failure {
        long start = System.nanoTime();
        try {
            logIn(w, base, username, password);
            work(w, base, username);
            w.ok(Step.JOURNEY, (System.nanoTime() - start) / 1000);
        } catch (Failure f) {
            w.errors[Step.JOURNEY.ordinal()]++;
            throw f;
        } finally {
            w.forgetSession();
        }
    }

    /**
     * The same morning for a pupil who is logged in already (each worker logs in once, as its own pupil, and keeps
     * the session): what the pages cost without the deliberately slow password check.
     */
    private static void lesson(Worker w, String base, String username, String password) throws Failure {
        if (!w.loggedIn) {
            logIn(w, base, username, password);
            w.loggedIn = true;
        }
        long start = System.nanoTime();
        try {
            work(w, base, username);
            w.ok(Step.JOURNEY, (System.nanoTime() - start) / 1000);
        } catch (Failure f) {
            w.errors[Step.JOURNEY.ordinal()]++;
            throw f;
        }
    }

    private static void logIn(Worker w, String base, String username, String password) throws Failure {
        var form = w.send(Step.LOGIN_FORM, get(base + "/login"), HttpResponse.BodyHandlers.ofString(), 200);
        String csrf = find(CSRF, form.response().body(), Step.LOGIN_FORM, "no CSRF token on the login form");
        w.ok(Step.LOGIN_FORM, form.micros());

        var login = w.send(Step.LOGIN, post(base + "/login", "application/x-www-form-urlencoded",
                ("username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf))
                        .getBytes(StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.discarding(), 302);
        String landing = login.response().headers().firstValue("Location").orElse("");
        if (!landing.endsWith("/home")) {
            throw new Failure(Step.LOGIN, username + " was sent to " + landing + (landing.contains("error=locked")
                    ? " (the login throttle locked the account or 127.0.0.1: earlier failures add up)" : ""));
        }
        w.ok(Step.LOGIN, login.micros());
    }

    private static void work(Worker w, String base, String username) throws Failure {
        var home = w.send(Step.HOME, get(base + "/home"), HttpResponse.BodyHandlers.ofString(), 200);
        String assignment = find(ASSIGNMENT_LINK, home.response().body(), Step.HOME,
                "no assignment in " + username + "'s to-do list");
        w.ok(Step.HOME, home.micros());

        String page = base + "/learning/assignments/" + assignment;
        var detail = w.send(Step.ASSIGNMENT, get(page), HttpResponse.BodyHandlers.ofString(), 200);
        String body = detail.response().body();
        String file = find(FILE_LINK, body, Step.ASSIGNMENT, "no attached file on " + page);
        String token = find(SUBMIT_TOKEN, body, Step.ASSIGNMENT, "no submit form on " + page);
        String pageCsrf = find(CSRF, body, Step.ASSIGNMENT, "no CSRF token on " + page);
        w.ok(Step.ASSIGNMENT, detail.micros());

        var download = w.send(Step.FILE, get(base + file), HttpResponse.BodyHandlers.ofByteArray(), 200);
        long length = download.response().headers().firstValueAsLong("Content-Length").orElse(-1);
        if (download.response().body().length == 0 || length >= 0 && length != download.response().body().length) {
            throw new Failure(Step.FILE, file + " sent " + download.response().body().length + " of " + length
                    + " bytes");
        }
        w.ok(Step.FILE, download.micros());

        // The form as the browser sends it (multipart, because the form also has a file field when files are
        // allowed): the page's token, the answer, the CSRF field.
        String boundary = "----MorningBell" + UUID.randomUUID().toString().replace("-", "");
        byte[] multipart = multipart(boundary, List.of(
                new String[] {"token", token},
                new String[] {"answer", "我最佩服诸葛亮算准了三天后江上有大雾，草船借箭靠的是知识。（" + username + "）"},
                new String[] {"_csrf", pageCsrf}));
        var submit = w.send(Step.SUBMIT, post(page + "/submissions", "multipart/form-data; boundary=" + boundary,
                multipart), HttpResponse.BodyHandlers.discarding(), 302);
        String back = submit.response().headers().firstValue("Location").orElse("");
        if (!back.endsWith("/learning/assignments/" + assignment)) {
            throw new Failure(Step.SUBMIT, "redirected to " + back);
        }
        w.ok(Step.SUBMIT, submit.micros());

        // Success and refusal redirect to the same page; only the flash message there tells them apart.
        var after = w.send(Step.SUBMITTED, get(URI.create(base).resolve(back).toString()),
                HttpResponse.BodyHandlers.ofString(), 200);
        String result = after.response().body();
        Matcher problem = PROBLEM.matcher(result);
        if (problem.find()) {
            throw new Failure(Step.SUBMITTED, "the submission was refused: " + problem.group(1).strip());
        }
        if (!result.contains(NOTICE)) {
            throw new Failure(Step.SUBMITTED, "no receipt after submitting to " + page);
        }
        w.ok(Step.SUBMITTED, after.micros());
    }

    /** Warm-up (the server's JIT, pools and caches for this path), then the measured run with fresh workers. */
    private static Phase measure(int concurrency, int warmupSeconds, int seconds, Scenario scenario) throws Exception {
        run(concurrency, System.nanoTime() + Duration.ofSeconds(warmupSeconds).toNanos(), scenario);
        long start = System.nanoTime();
        List<Worker> workers = run(concurrency, start + Duration.ofSeconds(seconds).toNanos(), scenario);
        double elapsed = (System.nanoTime() - start) / 1e9;
        int steps = Step.values().length;
        long[][] latencies = new long[steps][];
        long[] errors = new long[steps];
        long answered = 0;
        for (int s = 0; s < steps; s++) {
            int step = s;
            latencies[s] = workers.stream().flatMapToLong(w -> Arrays.stream(w.samples[step], 0, w.counts[step]))
                    .sorted().toArray();
            errors[s] = workers.stream().mapToLong(w -> w.errors[step]).sum();
        }
        for (Worker w : workers) {
            answered += w.answered;
        }
        return new Phase(elapsed, answered, latencies, errors);
    }

    private static List<Worker> run(int concurrency, long endNanos, Scenario scenario) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<Worker>> futures = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                futures.add(pool.submit(() -> {
                    Worker worker = new Worker();
                    while (System.nanoTime() < endNanos) {
                        try {
                            scenario.run(worker);
                        } catch (Failure f) {
                            worker.errors[f.step.ordinal()]++;
                            remember(f.getMessage());
                        } catch (RuntimeException e) {
                            // not an answer the server gave (a malformed link, a client fault): the journey still
                            // failed, and the worker goes on rather than ending the run
                            worker.errors[Step.JOURNEY.ordinal()]++;
                            remember(e.toString());
                        }
                    }
                    return worker;
                }));
            }
            List<Worker> workers = new ArrayList<>();
            for (Future<Worker> f : futures) {
                workers.add(f.get());
            }
            return workers;
        }
    }

    private static void remember(String error) {
        if (FIRST_ERRORS.size() < 50) {
            FIRST_ERRORS.add(error);
        }
    }

    private static void row(String name, double perSecond, long[] latencies, long errors) {
        System.out.printf("%-30s %10.1f %9.1f %9.1f %9.1f %8d%n", name, perSecond, percentile(latencies, 0.50) / 1000.0,
                percentile(latencies, 0.95) / 1000.0, percentile(latencies, 0.99) / 1000.0, errors);
    }

    /** Nearest-rank percentile of sorted samples. */
    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.clamp((long) Math.ceil(p * sorted.length) - 1, 0, sorted.length - 1)];
    }

    private static String find(Pattern pattern, String body, Step step, String problem) throws Failure {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new Failure(step, problem);
        }
        return m.group(1);
    }

    private static byte[] multipart(String boundary, List<String[]> fields) {
        StringBuilder b = new StringBuilder();
        for (String[] field : fields) {
            b.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(field[0]).append("\"\r\n\r\n")
                    .append(field[1]).append("\r\n");
        }
        b.append("--").append(boundary).append("--\r\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
    }

    private static HttpRequest post(String url, String contentType, byte[] body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
