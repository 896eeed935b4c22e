import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side of the fault drills (bench/kill-during-xapi.sh, bench/database-stopped.sh). JDK 25, single file.
 *
 * <pre>
 * java bench/DrillDriver.java xapi-stream BASE USER PASSWORD ORG DIR [clients]
 *     registers an LRS client for ORG (written to DIR/client), then POSTs batches of 100 statements with ids of its
 *     own from each client until the server goes away. Every batch is written to DIR/pending-N.json before it is
 *     sent; once acknowledged (200) its ids are appended to DIR/acked.txt and the pending file is removed. Ends when
 *     every client has lost its connection.
 * java bench/DrillDriver.java xapi-repeat BASE DIR
 *     sends every DIR/pending-*.json again (a batch the server never acknowledged) and prints each answer.
 * java bench/DrillDriver.java outage BASE USER PASSWORD ORG POSTMASTER_PID BEFORE STOPPED AFTER [workers]
 *     signs in, makes a token, then runs a light load (workers each alternating a JSON API GET with the token and
 *     the home page with the session, 250 ms apart) for BEFORE s, stops PostgreSQL (SIGSTOP to the postmaster and
 *     every child) for STOPPED s, resumes it (SIGCONT) and keeps the load for AFTER s. Prints what was answered in
 *     each phase, checks every refusal's body, and how soon after the resume every request succeeded again.
 * java bench/DrillDriver.java exports BASE USER PASSWORD ORG FORMAT COUNT
 *     asks for COUNT balance report exports of ORG (XLSX or PDF) through the page's form; prints each job's id.
 * java bench/DrillDriver.java download BASE USER PASSWORD PATH
 *     GETs PATH signed in; prints the status, the size and the first bytes.
 * java bench/DrillDriver.java survey-import BASE USER PASSWORD ORG YEAR FILE
 *     uploads FILE as the bureau's survey import through the page; prints the status and APPLIED or NOT APPLIED.
 * </pre>
 */
public class DrillDriver {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern STACK = Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]+\\.|\\.java:\\d+");

    public static void main(String[] args) throws Exception {
        String base = args[1];
        String host = URI.create(base).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.")) {
            throw new IllegalArgumentException("loopback only");
        }
        switch (args[0]) {
            case "xapi-stream" -> xapiStream(base, args[2], args[3], args[4], Path.of(args[5]),
                    args.length > 6 ? Integer.parseInt(args[6]) : 4);
            case "xapi-repeat" -> xapiRepeat(base, Path.of(args[2]));
            case "outage" -> outage(base, args[2], args[3], args[4], Long.parseLong(args[5]),
                    Integer.parseInt(args[6]), Integer.parseInt(args[7]), Integer.parseInt(args[8]),
                    args.length > 9 ? Integer.parseInt(args[9]) : 4);
            case "exports" -> exports(base, args[2], args[3], args[4], args[5], Integer.parseInt(args[6]));
            case "download" -> download(base, args[2], args[3], args[4]);
            case "survey-import" -> surveyImport(base, args[2], args[3], args[4], args[5], Path.of(args[6]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---- xAPI stream ----

    static void xapiStream(String base, String user, String password, String org, Path dir, int clients)
            throws Exception {
        HttpClient browser = browser();
        login(browser, base, user, password);
        String csrf = csrf(browser, base + "/admin/integrations");
        HttpResponse<String> issued = browser.send(HttpRequest.newBuilder(URI.create(base + "/admin/integrations"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=drill&orgId=" + org + "&scopes=" + enc("statements/write")
                        + "&scopes=" + enc("statements/read") + "&_csrf=" + enc(csrf))).build(),
                HttpResponse.BodyHandlers.ofString());
        String key = find(issued.body(), "id=\"client-id\"[^>]*>([^<]+)<");
        String secret = find(issued.body(), "id=\"client-secret\"[^>]*>([^<]+)<");
        Files.writeString(dir.resolve("client"), key + ":" + secret);
        String auth = basic(key + ":" + secret);
        Path acked = dir.resolve("acked.txt");
        AtomicLong stored = new AtomicLong();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Path pending = dir.resolve("pending-" + c + ".json");
            threads.add(Thread.ofPlatform().start(() -> {
                while (true) {
                    List<String> ids = new ArrayList<>();
                    String batch = batch(ids);
                    try {
                        Files.writeString(pending, batch);
                        HttpResponse<String> answer = http.send(xapi(base + "/xapi/statements", auth)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(batch)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() != 200) {
                            System.out.println("answered " + answer.statusCode() + ": " + answer.body());
                            return;
                        }
                        synchronized (DrillDriver.class) {
                            Files.writeString(acked, String.join("\n", ids) + "\n", StandardOpenOption.CREATE,
                                    StandardOpenOption.APPEND);
                        }
                        Files.delete(pending);
                        stored.addAndGet(ids.size());
                    } catch (IOException e) {
                        return; // the server went away: this batch stays pending
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        Thread progress = Thread.ofPlatform().daemon().start(() -> {
            while (true) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                System.out.println("acknowledged " + stored.get());
            }
        });
        for (Thread t : threads) {
            t.join();
        }
        progress.interrupt();
        System.out.println("stream ended: " + stored.get() + " statements acknowledged");
    }

    static void xapiRepeat(String base, Path dir) throws Exception {
        String auth = basic(Files.readString(dir.resolve("client")).strip());
        HttpClient http = HttpClient.newHttpClient();
        try (var pending = Files.newDirectoryStream(dir, "pending-*.json")) {
            for (Path file : pending) {
                HttpResponse<String> answer = http.send(xapi(base + "/xapi/statements", auth)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
                System.out.println("repeated " + file.getFileName() + ": " + answer.statusCode());
            }
        }
    }

    private static HttpRequest.Builder xapi(String url, String auth) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("X-Experience-API-Version", "2.0.0");
    }

    private static String batch(List<String> ids) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 100; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            batch.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id)
                    .append("\",\"actor\":{\"mbox\":\"mailto:s").append(random.nextInt(20_000))
                    .append("@school.example.cn\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/answered\"},")
                    .append("\"object\":{\"id\":\"https://educloud.example/activities/questions/")
                    .append(random.nextInt(5_000)).append("\"},\"result\":{\"success\":")
                    .append(random.nextBoolean()).append(",\"score\":{\"scaled\":0.5}}}");
        }
        return batch.append(']').toString();
    }

    // ---- report exports and survey imports through the pages ----

    static void exports(String base, String user, String password, String org, String format, int count)
            throws Exception {
        HttpClient browser = browser();
        login(browser, base, user, password);
        String csrf = csrf(browser, base + "/account/tokens");
        for (int i = 0; i < count; i++) {
            HttpResponse<Void> queued = browser.send(HttpRequest.newBuilder(URI.create(base + "/equity/exports"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("org=" + org + "&format=" + format + "&_csrf="
                            + enc(csrf))).build(), HttpResponse.BodyHandlers.discarding());
            String location = queued.headers().firstValue("Location").orElseThrow(() ->
                    new IllegalStateException("the export answered " + queued.statusCode()));
            System.out.println(location.substring(location.lastIndexOf('/') + 1));
        }
    }

    static void download(String base, String user, String password, String path) throws Exception {
        HttpClient browser = browser();
        login(browser, base, user, password);
        HttpResponse<byte[]> file = browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = file.body();
        System.out.printf("%d %d bytes %s%n", file.statusCode(), body.length,
                new String(body, 0, Math.min(4, body.length), StandardCharsets.ISO_8859_1).replaceAll("\\p{Cntrl}", "."));
    }

    static void surveyImport(String base, String user, String password, String org, String year, Path file)
            throws Exception {
        HttpClient browser = browser();
        login(browser, base, user, password);
        String csrf = csrf(browser, base + "/equity/surveys/import?org=" + org);
        String boundary = "----educloud-drill" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"org\"\r\n\r\n" + org
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n" + year
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"surveys.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        long start = System.nanoTime();
        HttpResponse<String> page;
        try {
            page = browser.send(HttpRequest.newBuilder(URI.create(base + "/equity/surveys/import"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(
                            HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                            HttpRequest.BodyPublishers.ofFile(file),
                            HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            System.out.println("no answer (" + e.getClass().getSimpleName() + ")");
            return;
        }
        boolean applied = page.body().contains("id=\"import-outcome\"") && page.body().contains("class=\"notice\"");
        System.out.printf("%d %s in %.1f s%n", page.statusCode(), applied ? "APPLIED" : "NOT APPLIED",
                (System.nanoTime() - start) / 1e9);
    }

    // ---- database outage ----

    record Answer(long sentAt, long doneAt, String kind, int status, String problem) {
    }

    static void outage(String base, String user, String password, String org, long postmaster, int before,
                       int stopped, int after, int workers) throws Exception {
        HttpClient browser = browser();
        login(browser, base, user, password);
        String token = token(browser, base);
        // the API is called without the browser's cookies: a bearer token is all it takes
        HttpClient apiClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        long start = System.currentTimeMillis();
        long end = start + (before + stopped + after) * 1000L;
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            threads.add(Thread.ofPlatform().start(() -> {
                int n = worker;
                while (System.currentTimeMillis() < end) {
                    boolean api = n++ % 2 == 0;
                    HttpRequest request = api
                            ? HttpRequest.newBuilder(URI.create(base + "/api/v1/orgs/" + org))
                                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build()
                            : HttpRequest.newBuilder(URI.create(base + "/home")).timeout(Duration.ofSeconds(60))
                                    .build();
                    long sent = System.currentTimeMillis();
                    try {
                        HttpResponse<String> response = (api ? apiClient : browser).send(request,
                                HttpResponse.BodyHandlers.ofString());
                        answers.add(new Answer(sent, System.currentTimeMillis(), api ? "api" : "page",
                                response.statusCode(), problem(api, response)));
                    } catch (IOException e) {
                        answers.add(new Answer(sent, System.currentTimeMillis(), api ? "api" : "page", 0,
                                "no answer: " + e));
                    } catch (InterruptedException e) {
                        return;
                    }
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        Thread.sleep(before * 1000L);
        List<String> processes = postgres(postmaster);
        signal("-STOP", processes);
        long stoppedAt = System.currentTimeMillis();
        System.out.printf("PostgreSQL stopped (SIGSTOP to %d processes) at +%.1f s%n", processes.size(),
                (stoppedAt - start) / 1000.0);
        Thread.sleep(stopped * 1000L);
        signal("-CONT", processes);
        long resumedAt = System.currentTimeMillis();
        System.out.printf("PostgreSQL resumed at +%.1f s%n", (resumedAt - start) / 1000.0);
        for (Thread t : threads) {
            t.join();
        }
        report(new ArrayList<>(answers), stoppedAt, resumedAt);
    }

    /** What is wrong with a refusal's answer (null when nothing): a problem body on the API, no stack trace. */
    private static String problem(boolean api, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status < 400) {
            return null;
        }
        if (STACK.matcher(response.body()).find()) {
            return "a stack trace in the body";
        }
        if (status != 503) {
            return "answered " + status;
        }
        if (response.headers().firstValue("Retry-After").isEmpty()) {
            return "503 without Retry-After";
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!api && !response.body().contains("</html>")) {
            return "503 page cut short";
        }
        if (api && !(type.startsWith("application/problem+json") && response.body().contains("\"status\":503")
                && response.body().contains("\"type\""))) {
            return "503 without a problem body: " + type;
        }
        return null;
    }

    private static void report(List<Answer> answers, long stoppedAt, long resumedAt) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        long slowest = 0;
        long lastFailure = 0;
        long firstSuccess = Long.MAX_VALUE;
        int wrong = 0;
        for (Answer a : answers) {
            String phase = a.sentAt() < stoppedAt ? "1 before" : a.sentAt() < resumedAt ? "2 stopped" : "3 after";
            counts.computeIfAbsent(phase + " " + a.kind(), k -> new TreeMap<>())
                    .merge(String.valueOf(a.status()), 1, Integer::sum);
            if (a.problem() != null) {
                wrong++;
                System.out.println("WRONG: " + a.kind() + " " + a.status() + " " + a.problem());
            }
            if (a.sentAt() >= stoppedAt && a.sentAt() < resumedAt) {
                slowest = Math.max(slowest, a.doneAt() - a.sentAt());
            }
            if (a.status() != 200 && a.doneAt() > resumedAt) {
                lastFailure = Math.max(lastFailure, a.doneAt());
            }
            if (a.status() == 200 && a.sentAt() >= resumedAt) {
                firstSuccess = Math.min(firstSuccess, a.doneAt());
            }
        }
        counts.forEach((phase, statuses) -> System.out.println(phase + ": " + statuses));
        System.out.printf("slowest answer to a request sent while stopped: %.1f s%n", slowest / 1000.0);
        System.out.printf("first success after the resume: %+.1f s; last failure answered: %s%n",
                (firstSuccess - resumedAt) / 1000.0,
                lastFailure == 0 ? "none after the resume" : "%+.1f s after the resume".formatted(
                        (lastFailure - resumedAt) / 1000.0));
        boolean recovered = answers.stream().filter(a -> a.sentAt() >= resumedAt + 10_000)
                .allMatch(a -> a.status() == 200) && firstSuccess - resumedAt <= 10_000;
        System.out.println(wrong == 0 && recovered ? "PASS" : "FAIL" + (wrong > 0 ? " (" + wrong
                + " wrong answers)" : "") + (recovered ? "" : " (not all well 10 s after the resume)"));
    }

    private static List<String> postgres(long postmaster) throws Exception {
        List<String> pids = new ArrayList<>(List.of(String.valueOf(postmaster)));
        Process children = new ProcessBuilder("pgrep", "-P", String.valueOf(postmaster)).start();
        pids.addAll(new String(children.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank()).toList());
        children.waitFor();
        return pids;
    }

    private static void signal(String signal, List<String> pids) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        command.addAll(pids);
        if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
            throw new IllegalStateException("kill " + signal + " failed");
        }
    }

    // ---- signing in ----

    private static HttpClient browser() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static void login(HttpClient client, String base, String user, String password) throws Exception {
        String token = csrf(client, base + "/login");
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(password)
                        + "&_csrf=" + enc(token))).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/home")) {
            throw new IllegalStateException("login failed");
        }
    }

    private static String token(HttpClient client, String base) throws Exception {
        String csrf = csrf(client, base + "/account/tokens");
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "/account/tokens"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=drill&validDays=1&scope=READ_ONLY&_csrf=" + enc(csrf)))
                .build(), HttpResponse.BodyHandlers.ofString());
        return find(created.body(), "id=\"token-secret\">(ecpat_[A-Za-z0-9]+)<");
    }

    private static String csrf(HttpClient client, String url) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return find(page.body(), CSRF.pattern());
    }

    private static String find(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + pattern);
        }
        return m.group(1).strip();
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
