import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * LRS ingestion: concurrent clients POST batches of 100 realistic statements to /xapi/statements for a fixed time;
 * then PostgreSQL's own COPY writes the same number of rows, with the same columns and indexes, into the same
 * table, in the same run. The ratio of the two rates is the figure to compare between runs.
 *
 * Run (JDK 25, single-file): java bench/LrsIngestBench.java BASE CLIENT SECRET PGPORT [clients] [seconds]
 * e.g. java bench/LrsIngestBench.java http://127.0.0.1:18080 conformance conformance-secret 40123 4 30
 */
public class LrsIngestBench {

    static final String[] VERBS = {"http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/answered",
            "http://id.tincanapi.com/verb/viewed", "http://adlnet.gov/expapi/verbs/attempted"};

    public static void main(String[] args) throws Exception {
        if (args[0].equals("query")) {
            query(args[1], "Basic " + Base64.getEncoder().encodeToString((args[2] + ":" + args[3]).getBytes()),
                    Integer.parseInt(args[4]));
            return;
        }
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes());
        String pgPort = args[3];
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        run(http, base, auth, clients, 10);                       // warm-up
        long start = System.nanoTime();
        long stored = run(http, base, auth, clients, seconds);
        double httpRate = stored / ((System.nanoTime() - start) / 1e9);
        System.out.printf("HTTP: %d statements in %d s with %d clients: %.0f statements/s%n", stored, seconds,
                clients, httpRate);

        Path csv = Files.createTempFile("lrs-copy", ".csv");
        try (var out = Files.newBufferedWriter(csv)) {
            Random random = new Random(7);
            for (long i = 0; i < stored; i++) {
                String id = UUID.randomUUID().toString();
                int student = random.nextInt(20_000);
                String verb = VERBS[random.nextInt(VERBS.length)];
                String activity = "https://educloud.example/activities/questions/" + random.nextInt(5_000);
                String now = Instant.now().toString();
                String body = statement(id, student, verb, activity).replace("\"", "\"\"");
                out.write(id + "," + now + "," + now + ",conformance,/1/," + verb + ",mbox:mailto:s" + student
                        + "@school.example.cn,," + activity + ",,,,\"{mbox:mailto:s" + student
                        + "@school.example.cn}\",\"{" + activity + "}\",\"" + body + "\"\n");
            }
        }
        String columns = "(id, stored, occurred, client_id, org_path, verb_id, actor_key, object_agent_key, "
                + "activity_id, registration, voids, ref_target, related_agents, related_activities, body)";
        long copyStart = System.nanoTime();
        Process copy = new ProcessBuilder("psql", "-h", "127.0.0.1", "-p", pgPort, "-U", "postgres", "-d", "postgres",
                "-v", "ON_ERROR_STOP=1", "-c", "\\copy records.statement " + columns + " FROM '" + csv + "' CSV")
                .inheritIO().start();
        if (copy.waitFor() != 0) {
            throw new IllegalStateException("COPY failed");
        }
        double copyRate = stored / ((System.nanoTime() - copyStart) / 1e9);
        Files.delete(csv);
        System.out.printf("COPY: %d rows: %.0f rows/s%nratio HTTP/COPY: %.2f%n", stored, copyRate,
                httpRate / copyRate);
    }

    /** p50/p99 of GET agent+verb+since (the last day), one client, against whatever the LRS holds. */
    static void query(String base, String auth, int requests) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long[] nanos = new long[requests];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String since = Instant.now().minusSeconds(86_400).toString();
        for (int i = -100; i < requests; i++) {
            String agent = java.net.URLEncoder.encode("{\"mbox\":\"mailto:s" + random.nextInt(20_000)
                    + "@school.example.cn\"}", StandardCharsets.UTF_8);
            String verb = java.net.URLEncoder.encode(VERBS[random.nextInt(VERBS.length)], StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/xapi/statements?agent=" + agent
                            + "&verb=" + verb + "&since=" + since + "&limit=50"))
                    .header("Authorization", auth).header("X-Experience-API-Version", "2.0.0").GET().build();
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t;
            }
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("GET agent+verb+since: %d requests, p50 %.1f ms, p99 %.1f ms%n", requests,
                nanos[requests / 2] / 1e6, nanos[(int) (requests * 0.99)] / 1e6);
    }

    static long run(HttpClient http, String base, String auth, int clients, int seconds) throws Exception {
        AtomicLong stored = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end) {
                    String batch = batch(100);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/xapi/statements"))
                            .header("Authorization", auth).header("X-Experience-API-Version", "2.0.0")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(batch, StandardCharsets.UTF_8)).build();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(response.statusCode() + " " + response.body());
                        }
                        stored.addAndGet(100);
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return stored.get();
    }

    static String batch(int size) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            batch.append(i == 0 ? "" : ",").append(statement(UUID.randomUUID().toString(), random.nextInt(20_000),
                    VERBS[random.nextInt(VERBS.length)],
                    "https://educloud.example/activities/questions/" + random.nextInt(5_000)));
        }
        return batch.append("]").toString();
    }

    /** A statement of the size and shape the platform's quizzes produce (about 900 bytes). */
    static String statement(String id, int student, String verb, String activity) {
        return "{\"id\":\"" + id + "\",\"actor\":{\"objectType\":\"Agent\",\"name\":\"学生" + student
                + "\",\"mbox\":\"mailto:s" + student + "@school.example.cn\"},\"verb\":{\"id\":\"" + verb
                + "\",\"display\":{\"zh-CN\":\"作答了\",\"en-US\":\"answered\"}},\"object\":{\"objectType\":\"Activity\","
                + "\"id\":\"" + activity + "\",\"definition\":{\"type\":\"http://adlnet.gov/expapi/activities/"
                + "cmi.interaction\",\"name\":{\"zh-CN\":\"分数的初步认识 第3题\"},\"interactionType\":\"choice\","
                + "\"correctResponsesPattern\":[\"b\"],\"choices\":[{\"id\":\"a\",\"description\":{\"zh-CN\":\"1/2\"}},"
                + "{\"id\":\"b\",\"description\":{\"zh-CN\":\"1/4\"}}]}},\"result\":{\"score\":{\"scaled\":0.8,\"raw\":8,"
                + "\"min\":0,\"max\":10},\"success\":true,\"completion\":true,\"response\":\"b\",\"duration\":\"PT42S\"},"
                + "\"context\":{\"registration\":\"" + UUID.nameUUIDFromBytes(("r" + student).getBytes()) + "\","
                + "\"contextActivities\":{\"parent\":[{\"id\":\"https://educloud.example/activities/quizzes/31\"}]},"
                + "\"extensions\":{\"https://educloud.example/xapi/extensions/school\":18}},"
                + "\"timestamp\":\"" + Instant.now() + "\"}";
    }
}
