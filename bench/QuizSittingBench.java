import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 28's HTTP figures for quizzes, as a single-file program:
 * {@code java bench/QuizSittingBench.java http://127.0.0.1:18080 [students] [limitMinutes] [saves] [rounds] [ramp]}.
 *
 * <p>Needs the morning-bell data set loaded as 45 classes of 45 ({@code psql … -v students=2025 -v per_class=45 -f
 * bench/morning-bell.sql}, see bench/README.md): students bell.s00001 …, all taught by bell.teacher. The program
 * then does what the people would do, through the same pages and JSON the browser uses:
 * <ol>
 * <li>bell.teacher writes 20 single-choice items on the item form and builds two quizzes of them on the quiz form,
 * both set to every class he teaches: quiz A (10 attempts allowed) and quiz B (one attempt, a time limit);</li>
 * <li>every student logs in (not measured in the figures: bcrypt is issue 5's subject; 8 at a time);</li>
 * <li>baseline: {@code GET /ping} alone, 8 clients in a closed loop;</li>
 * <li>a class of 45 submitting a 20-item quiz at the same second: the first 45 students start quiz A, save all 20
 * answers, wait for each other and submit together, {@code rounds} times;</li>
 * <li>a school's period: every student starts quiz B within the first {@code ramp} seconds (default 10), autosaves {@code saves} times at random
 * moments (a random item each time, the page's revision counter going up), and submits in the last 15 s before their
 * own deadline (the time left that their attempt page shows), as a class does when the teacher says "time's nearly up".</li>
 * </ol>
 * During steps 4 and 5, 4 clients keep pinging: the baseline under the same load, in the same run. The report gives
 * throughput and p50/p95/p99 of every request kind against ping. Only loopback targets are accepted.
 */
public class QuizSittingBench {

    enum Op {
        LOGIN("login (not part of the figures)"),
        PING_ALONE("GET /ping, alone"),
        START_CLASS("class of 45: start"),
        SHEET_CLASS("class of 45: GET attempt page"),
        SAVE_CLASS("class of 45: autosave PUT"),
        SUBMIT_CLASS("class of 45: submit together"),
        PING_CLASS("GET /ping during the class"),
        START("period: start"),
        SHEET("period: GET attempt page"),
        SAVE("period: autosave PUT"),
        SUBMIT("period: submit near the deadline"),
        PING_PERIOD("GET /ping during the period");

        final String label;

        Op(String label) {
            this.label = label;
        }
    }

    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern PAGE_TOKEN = Pattern.compile("data-csrf-token=\"([^\"]+)\"");
    private static final Pattern KNOWLEDGE_POINT = Pattern.compile("name=\"knowledgePoints\" value=\"(\\d+)\"");
    private static final Pattern CLASS_BOX = Pattern.compile("name=\"classIds\" value=\"(\\d+)\"");
    private static final Pattern POSITION = Pattern.compile("data-position=\"(\\d+)\"");
    private static final Pattern ATTEMPT = Pattern.compile("/assessment/attempts/(\\d+)$");
    private static final int ITEMS = 20;

    private static final List<String> FIRST_ERRORS = Collections.synchronizedList(new ArrayList<>());
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    /** Latencies (µs) and errors per request kind, from every thread; the end of each phase is its own clock. */
    static final class Recorder {
        private final Map<Op, long[]> samples = new EnumMap<>(Op.class);
        private final Map<Op, Integer> counts = new EnumMap<>(Op.class);
        private final Map<Op, Integer> errors = new EnumMap<>(Op.class);
        private final Map<Op, double[]> windows = new EnumMap<>(Op.class);

        synchronized void ok(Op op, long micros) {
            long[] s = samples.computeIfAbsent(op, o -> new long[1024]);
            int n = counts.getOrDefault(op, 0);
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                samples.put(op, s);
            }
            s[n] = micros;
            counts.put(op, n + 1);
            long now = System.nanoTime();
            double[] w = windows.computeIfAbsent(op, o -> new double[] {now, now});
            w[0] = Math.min(w[0], now - micros * 1000.0);
            w[1] = Math.max(w[1], now);
        }

        private final Map<String, Integer> kinds = new java.util.TreeMap<>();

        /** Errors by request kind and answer (a status, or the exception), for the report. */
        synchronized void kind(Op op, String answer) {
            kinds.merge(op.label + " → " + answer, 1, Integer::sum);
        }

        synchronized Map<String, Integer> kinds() {
            return new java.util.TreeMap<>(kinds);
        }

        synchronized void error(Op op, String message) {
            errors.merge(op, 1, Integer::sum);
            if (FIRST_ERRORS.size() < 20) {
                FIRST_ERRORS.add(op.label + ": " + message);
            }
        }

        synchronized long[] sorted(Op op) {
            long[] s = Arrays.copyOf(samples.getOrDefault(op, new long[0]), counts.getOrDefault(op, 0));
            Arrays.sort(s);
            return s;
        }

        /** Requests per second over the span from the first request's start to the last one's end. */
        synchronized double perSecond(Op op) {
            double[] w = windows.get(op);
            int n = counts.getOrDefault(op, 0);
            return w == null || w[1] <= w[0] ? 0 : n / ((w[1] - w[0]) / 1e9);
        }

        synchronized int errors(Op op) {
            return errors.getOrDefault(op, 0);
        }
    }

    static final Recorder RECORD = new Recorder();

    /** A request that did not answer as the browser would have seen it answer. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    /** One person: their cookies (kept by hand, so that thousands share one HTTP client) and their page token. */
    static final class Person {
        final String username;
        final Map<String, String> cookies = new LinkedHashMap<>();
        String token = "";

        Person(String username) {
            this.username = username;
        }

        HttpResponse<String> send(Op op, HttpRequest.Builder request, int expected) throws Failure {
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k).append('=').append(v));
                request.header("Cookie", header.toString());
            }
            long t0 = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = HTTP.send(request.timeout(Duration.ofSeconds(120)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                RECORD.kind(op, e.getClass().getSimpleName());
                RECORD.error(op, e.toString());
                throw new Failure(op.label + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure("interrupted");
            }
            long micros = (System.nanoTime() - t0) / 1000;
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            if (response.statusCode() != expected) {
                String message = username + " " + response.request().method() + " " + response.request().uri().getPath()
                        + " answered " + response.statusCode() + " (expected " + expected + ")"
                        + response.headers().firstValue("Location").map(l -> " → " + l).orElse("");
                RECORD.kind(op, String.valueOf(response.statusCode()));
                RECORD.error(op, message);
                throw new Failure(message);
            }
            RECORD.ok(op, micros);
            return response;
        }
    }

    /** A started attempt as its page shows it: the server's own time left is where the student's clock starts. */
    record Sheet(long attemptId, List<Integer> positions, String token, long secondsLeft) {
    }

    private static final Pattern SECONDS_LEFT = Pattern.compile("data-seconds-left=\"(\\d+)\"");

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Failure f) {
            System.err.println("stopped: " + f.getMessage());
            System.exit(1);
        } catch (java.util.concurrent.ExecutionException e) {
            System.err.println("stopped: " + e.getCause().getMessage());
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18080";
        int students = args.length > 1 ? Integer.parseInt(args[1]) : 2025;
        int limitMinutes = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int saves = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        int ramp = args.length > 5 ? Integer.parseInt(args[5]) : 10;
        String password = System.getProperty("password", "EduCloud2026");
        String host = URI.create(base).getHost();
        if (host == null || !(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
            throw new IllegalArgumentException("Only loopback targets are allowed: " + base);
        }

        // 1. the teacher's quizzes, through the item and quiz forms
        Person teacher = new Person("bell.teacher");
        logIn(teacher, base, password);
        long[] quizzes = teacherSetsQuizzes(teacher, base, limitMinutes);
        System.out.printf("quiz A (class of 45) #%d, quiz B (the period, %d min) #%d%n", quizzes[0], limitMinutes,
                quizzes[1]);

        // 2. everyone logs in, 8 at a time (the address throttle allows 100 in flight; bcrypt needs the cores)
        List<Person> people = new ArrayList<>();
        for (int i = 1; i <= students; i++) {
            people.add(new Person("bell.s%05d".formatted(i)));
        }
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            for (Person p : people) {
                done.add(pool.submit(() -> {
                    logIn(p, base, password);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        System.out.printf("%d students logged in in %.1f s%n", students, (System.nanoTime() - t0) / 1e9);

        // 3. the baseline alone
        pingFor(Op.PING_ALONE, base, 8, Duration.ofSeconds(15), new AtomicBoolean(false));

        // 4. a class of 45 submitting a 20-item quiz at the same second, several rounds
        List<Person> firstClass = people.subList(0, Math.min(45, people.size()));
        AtomicBoolean classDone = new AtomicBoolean(false);
        Thread classPing = Thread.ofVirtual().start(() -> pingFor(Op.PING_CLASS, base, 4, Duration.ofHours(1),
                classDone));
        for (int round = 0; round < rounds; round++) {
            CyclicBarrier together = new CyclicBarrier(firstClass.size());
            try (ExecutorService each = Executors.newVirtualThreadPerTaskExecutor()) {
                for (Person p : firstClass) {
                    each.submit(() -> classRound(p, base, quizzes[0], together));
                }
            }
        }
        classDone.set(true);
        classPing.join();

        // 5. the period: everyone at once
        AtomicBoolean periodDone = new AtomicBoolean(false);
        Thread periodPing = Thread.ofVirtual().start(() -> pingFor(Op.PING_PERIOD, base, 4, Duration.ofHours(1),
                periodDone));
        AtomicInteger finished = new AtomicInteger();
        long periodStart = System.nanoTime();
        try (ExecutorService each = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Person p : people) {
                each.submit(() -> {
                    if (period(p, base, quizzes[1], ramp, saves)) {
                        finished.incrementAndGet();
                    }
                });
            }
        }
        periodDone.set(true);
        periodPing.join();
        double periodSeconds = (System.nanoTime() - periodStart) / 1e9;

        System.out.printf("period: every student started within %d s%n", ramp);
        report(students, limitMinutes, saves, rounds, finished.get(), periodSeconds, base);
    }

    private static void logIn(Person p, String base, String password) throws Failure {
        var form = p.send(Op.LOGIN, get(base + "/login"), 200);
        String csrf = find(CSRF, form.body(), "no CSRF token on the login form");
        var login = p.send(Op.LOGIN, form(base + "/login", "username=" + enc(p.username) + "&password="
                + enc(password) + "&_csrf=" + enc(csrf)), 302);
        String landing = login.headers().firstValue("Location").orElse("");
        if (!landing.endsWith("/home")) {
            throw new Failure(p.username + " was sent to " + landing + " (is bench/morning-bell.sql loaded?)");
        }
        p.token = find(PAGE_TOKEN, p.send(Op.LOGIN, get(base + "/home"), 200).body(), "no page token on /home");
    }

    /** 20 single-choice items on the item form, then quizzes A and B on the quiz form, set to every class. */
    private static long[] teacherSetsQuizzes(Person t, String base, int limitMinutes) throws Failure {
        String points = t.send(Op.LOGIN, get(base + "/assessment/items/knowledge-points?stage=PRIMARY"
                + "&subject=MATHEMATICS"), 200).body();
        String kp = find(KNOWLEDGE_POINT, points, "no primary mathematics knowledge point in the catalogue");
        String csrf = find(CSRF, t.send(Op.LOGIN, get(base + "/assessment/items/new"), 200).body(),
                "no item form (is bell.teacher a teacher?)");
        StringBuilder picks = new StringBuilder();
        String stamp = Long.toString(System.currentTimeMillis() % 100000);
        for (int i = 0; i < ITEMS; i++) {
            var saved = t.send(Op.LOGIN, form(base + "/assessment/items", "type=SINGLE_CHOICE&stem="
                    + enc("测验压测 " + stamp + " 第 " + (i + 1) + " 题：" + (i + 2) + " 个 1/" + (i + 3) + " 是多少？")
                    + "&choices%5B0%5D=" + enc((i + 2) + "/" + (i + 3)) + "&choices%5B1%5D=" + enc("1/" + (i + 3))
                    + "&choices%5B2%5D=" + enc((i + 3) + "/" + (i + 2)) + "&choices%5B3%5D=" + enc(String.valueOf(i + 2))
                    + "&correct=A&stage=PRIMARY&subject=MATHEMATICS&difficulty=2&sharing=PRIVATE&knowledgePoints="
                    + kp + "&_csrf=" + enc(csrf)), 302);
            String location = saved.headers().firstValue("Location").orElse("");
            picks.append("&pickIds%5B").append(i).append("%5D=").append(location.replaceAll(".*/", ""))
                    .append("&pickPoints%5B").append(i).append("%5D=5");
        }
        long a = quiz(t, base, csrf, "整班同时交卷 " + stamp, "", 10, picks);
        long b = quiz(t, base, csrf, "全校一节课 " + stamp, String.valueOf(limitMinutes), 1, picks);
        return new long[] {a, b};
    }

    private static long quiz(Person t, String base, String csrf, String title, String limit, int attempts,
                             CharSequence picks) throws Failure {
        var created = t.send(Op.LOGIN, form(base + "/assessment/quizzes", "title=" + enc(title)
                + "&timeLimitMinutes=" + limit + "&attemptsAllowed=" + attempts + "&answersVisible=AFTER_SUBMIT"
                + picks + "&_csrf=" + enc(csrf)), 302);
        String page = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(page.replaceAll(".*/", ""));
        Matcher boxes = CLASS_BOX.matcher(t.send(Op.LOGIN, get(base + "/assessment/quizzes/" + id), 200).body());
        StringBuilder classes = new StringBuilder();
        while (boxes.find()) {
            classes.append("&classIds=").append(boxes.group(1));
        }
        if (classes.isEmpty()) {
            throw new Failure("bell.teacher teaches no class");
        }
        LocalDateTime now = LocalDateTime.now(SCHOOL_ZONE);
        t.send(Op.LOGIN, form(base + "/assessment/quizzes/" + id + "/classes", classes.substring(1)
                + "&opensAt=" + enc(now.minusMinutes(5).format(FIELD)) + "&closesAt="
                + enc(now.plusHours(2).format(FIELD)) + "&_csrf=" + enc(csrf)), 302);
        return id;
    }

    private static Sheet start(Person p, String base, long quiz, Op start, Op sheet) throws Failure {
        var started = p.send(start, form(base + "/assessment/my/quizzes/" + quiz + "/start", "_csrf=" + enc(p.token)),
                302);
        String location = started.headers().firstValue("Location").orElse("");
        Matcher attempt = ATTEMPT.matcher(location);
        if (!attempt.find()) {
            RECORD.error(start, p.username + " was sent to " + location);
            throw new Failure(p.username + " could not start: sent to " + location);
        }
        String body = p.send(sheet, get(base + "/assessment/attempts/" + attempt.group(1)), 200).body();
        List<Integer> positions = new ArrayList<>();
        Matcher m = POSITION.matcher(body);
        while (m.find()) {
            positions.add(Integer.parseInt(m.group(1)));
        }
        return new Sheet(Long.parseLong(attempt.group(1)), positions,
                find(PAGE_TOKEN, body, "no page token on the attempt page"),
                Long.parseLong(find(SECONDS_LEFT, body, "no timer on the attempt page")));
    }

    private static void save(Person p, String base, Sheet sheet, int position, long revision, Op op) throws Failure {
        String choice = String.valueOf((char) ('A' + ThreadLocalRandom.current().nextInt(4)));
        var saved = p.send(op, HttpRequest.newBuilder(URI.create(base + "/assessment/attempts/" + sheet.attemptId()
                        + "/answers/" + position)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-CSRF-TOKEN", sheet.token())
                .PUT(HttpRequest.BodyPublishers.ofString("{\"revision\":" + revision + ",\"response\":{\"chosen\":[\""
                        + choice + "\"]}}")), 200);
        if (!saved.body().contains("\"stored\":true")) {
            RECORD.error(op, "a save with a new revision was not stored: " + saved.body());
        }
    }

    private static void submit(Person p, String base, Sheet sheet, Op op) throws Failure {
        p.send(op, form(base + "/assessment/attempts/" + sheet.attemptId() + "/submit", "_csrf="
                + enc(sheet.token())), 302);
    }

    private static void classRound(Person p, String base, long quiz, CyclicBarrier together) {
        Sheet sheet = null;
        try {
            sheet = start(p, base, quiz, Op.START_CLASS, Op.SHEET_CLASS);
            long revision = 0;
            for (int position : sheet.positions()) {
                save(p, base, sheet, position, ++revision, Op.SAVE_CLASS);
            }
        } catch (Failure f) {
            // counted; still meet the others at the barrier so the round ends
        }
        try {
            together.await();
            if (sheet != null) {
                submit(p, base, sheet, Op.SUBMIT_CLASS);
            }
        } catch (Failure f) {
            // counted
        } catch (Exception e) {
            RECORD.error(Op.SUBMIT_CLASS, e.toString());
        }
    }

    /**
     * One student's period: start within the ramp, save at random moments, submit in the last 15 s of the time the
     * page says is left (the server's deadline, not the moment the page arrived).
     */
    private static boolean period(Person p, String base, long quiz, int ramp, int saves) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            Thread.sleep(random.nextLong(ramp * 1000L));
            Sheet sheet = start(p, base, quiz, Op.START, Op.SHEET);
            long started = System.nanoTime();
            long limit = sheet.secondsLeft() * 1000L;
            long submitAt = limit - 3_000 - random.nextLong(12_000);
            long[] moments = new long[saves];
            for (int i = 0; i < saves; i++) {
                moments[i] = 2_000 + random.nextLong(Math.max(1, submitAt - 5_000));
            }
            Arrays.sort(moments);
            long revision = 0;
            for (long moment : moments) {
                sleepUntil(started, moment);
                save(p, base, sheet, sheet.positions().get(random.nextInt(sheet.positions().size())), ++revision,
                        Op.SAVE);
            }
            sleepUntil(started, submitAt);
            submit(p, base, sheet, Op.SUBMIT);
            return true;
        } catch (Failure f) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleepUntil(long startedNanos, long millisAfter) throws InterruptedException {
        long wait = millisAfter - (System.nanoTime() - startedNanos) / 1_000_000;
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private static void pingFor(Op op, String base, int clients, Duration most, AtomicBoolean stop) {
        long end = System.nanoTime() + most.toNanos();
        try (ExecutorService each = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                each.submit(() -> {
                    Person nobody = new Person("ping");
                    while (!stop.get() && System.nanoTime() < end) {
                        try {
                            nobody.send(op, get(base + "/ping"), 200);
                        } catch (Failure f) {
                            // counted
                        }
                    }
                });
            }
        }
    }

    private static void report(int students, int limitMinutes, int saves, int rounds, int finished,
                               double periodSeconds, String base) {
        FIRST_ERRORS.stream().distinct().limit(10).forEach(e -> System.out.println("error seen: " + e));
        System.out.printf("%n%d students (%s), class of 45 × %d rounds, period: %d-minute limit, %d saves each, "
                        + "%d of %d finished, %.0f s; target %s%n", students, "bell.s00001…", rounds, limitMinutes,
                saves, finished, students, periodSeconds, base);
        System.out.printf("%-38s %8s %9s %9s %9s %9s %7s%n", "request", "count", "req/s", "p50 ms", "p95 ms",
                "p99 ms", "errors");
        for (Op op : Op.values()) {
            long[] s = RECORD.sorted(op);
            System.out.printf("%-38s %8d %9.1f %9.1f %9.1f %9.1f %7d%n", op.label, s.length, RECORD.perSecond(op),
                    percentile(s, 0.50) / 1000.0, percentile(s, 0.95) / 1000.0, percentile(s, 0.99) / 1000.0,
                    RECORD.errors(op));
        }
        RECORD.kinds().forEach((kind, n) -> System.out.printf("errors: %-60s %6d%n", kind, n));
        System.out.println();
        ratio("class of 45: autosave", Op.SAVE_CLASS, Op.PING_CLASS);
        ratio("class of 45: submit together", Op.SUBMIT_CLASS, Op.PING_CLASS);
        ratio("period: autosave", Op.SAVE, Op.PING_PERIOD);
        ratio("period: submit", Op.SUBMIT, Op.PING_PERIOD);
        ratio("period: autosave vs ping alone", Op.SAVE, Op.PING_ALONE);
    }

    private static void ratio(String what, Op op, Op ping) {
        long[] s = RECORD.sorted(op);
        long[] p = RECORD.sorted(ping);
        System.out.printf("%-34s p50 %.1f×, p99 %.1f× the ping's (%s)%n", what,
                (double) percentile(s, 0.50) / Math.max(1, percentile(p, 0.50)),
                (double) percentile(s, 0.99) / Math.max(1, percentile(p, 0.99)), ping.label);
    }

    /** Nearest-rank percentile of sorted samples. */
    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.clamp((long) Math.ceil(p * sorted.length) - 1, 0, sorted.length - 1)];
    }

    private static String find(Pattern pattern, String body, String problem) throws Failure {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new Failure(problem);
        }
        return m.group(1);
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET();
    }

    private static HttpRequest.Builder form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
