import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Search latency and throughput of the library under concurrent clients, with the bare /ping endpoint measured
 * in the same run as the baseline: {@code java bench/LibrarySearchBench.java http://127.0.0.1:8080 TOKEN 4 30}.
 * Each request is a mixed query: one or two words (Chinese words, parts of words, English), sometimes a facet
 * filter (subject, grade, stage, edition) and a sort, always with all facets counted and titles highlighted.
 * With {@code -Dcosts=true} the last argument is a repeat count instead, and each query is timed on its own.
 */
public class LibrarySearchBench {

    static final String[] WORDS = {"分数", "周长", "加法", "面积", "小数", "三角形", "中华", "光合作用", "电路",
            "古诗", "鸡兔同笼", "方程", "课件", "微课", "练习题", "fractions", "circuits", "reading", "animals",
            "时间", "统计图", "垃圾分类", "春夜喜雨", "比例"};
    static final String[] FILTERS = {"", "", "&subject=MATHEMATICS", "&grade=3", "&stage=PRIMARY",
            "&edition=" + URLEncoder.encode("人教版", StandardCharsets.UTF_8), "&subject=CHINESE&grade=4",
            "&sort=NEWEST", "&sort=MOST_USED", "&featured=true"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
            throw new IllegalArgumentException("loopback targets only");
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        if (Boolean.getBoolean("costs")) {
            costs(http, base, token, Integer.parseInt(args[3]));
            return;
        }
        // -Dping=false leaves the baseline out, e.g. while profiling the search alone
        boolean withPing = Boolean.parseBoolean(System.getProperty("ping", "true"));
        if (withPing) {
            run(http, clients, 10, r -> base + "/ping", token);
        }
        long[] ping = withPing ? run(http, clients, seconds, r -> base + "/ping", token) : new long[] {1};
        Url query = r -> base + "/api/v1/resources?text=" + URLEncoder.encode(words(r), StandardCharsets.UTF_8)
                + FILTERS[r.nextInt(FILTERS.length)] + "&size=20&page=" + (r.nextInt(10) == 0 ? 1 : 0);
        run(http, clients, 10, query, token);
        long[] search = run(http, clients, seconds, query, token);
        report("GET /ping (baseline)", ping, seconds);
        report("GET /api/v1/resources (search + 7 facets + highlight)", search, seconds);
        System.out.printf("p99 ratio search/ping: %.1f%n", percentile(search, 99) / percentile(ping, 99));
    }

    /**
     * -Dcosts=true: each single word with each filter, one client, {@code repeats} requests in a row after one
     * unmeasured pass over all of them; prints the hits and the median and fastest latency, slowest first. Shows
     * which queries make the tail, and the cost of a search apart from its hits.
     */
    static void costs(HttpClient http, String base, String token, int repeats) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (String word : WORDS) {
                for (String filter : new java.util.LinkedHashSet<>(Arrays.asList(FILTERS))) {
                    String url = base + "/api/v1/resources?text=" + URLEncoder.encode(word, StandardCharsets.UTF_8)
                            + filter + "&size=20";
                    long[] latencies = new long[pass == 0 ? 1 : repeats];
                    String body = "";
                    for (int i = 0; i < latencies.length; i++) {
                        long start = System.nanoTime();
                        body = http.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Bearer " + token).GET().build(),
                                HttpResponse.BodyHandlers.ofString()).body();
                        latencies[i] = (System.nanoTime() - start) / 1000;
                    }
                    Arrays.sort(latencies);
                    int total = body.indexOf("\"total\":");
                    String hits = body.substring(total + 8, body.indexOf('}', total));
                    lines.add(String.format("%8.1f ms median %8.1f ms fastest %8s hits  %s%s",
                            percentile(latencies, 50), latencies[0] / 1000.0, hits, word, filter));
                }
            }
            if (pass == 0) {
                lines.clear();
            }
        }
        lines.sort(java.util.Comparator.reverseOrder());
        lines.forEach(System.out::println);
    }

    static String words(Random r) {
        String first = WORDS[r.nextInt(WORDS.length)];
        return r.nextInt(4) == 0 ? first + " " + WORDS[r.nextInt(WORDS.length)] : first;
    }

    interface Url {
        String next(Random random);
    }

    static long[] run(HttpClient http, int clients, int seconds, Url url, String token) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int seed = c;
            futures.add(pool.submit(() -> {
                Random random = new Random(seed);
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url.next(random)))
                            .header("Authorization", "Bearer " + token).GET().build();
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(response.statusCode() + " " + response.body());
                    }
                    latencies.add((System.nanoTime() - start) / 1000);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }

    static void report(String name, long[] sorted, int seconds) {
        System.out.printf("%s: %d requests, %.0f/s, p50 %.1f ms, p99 %.1f ms%n", name, sorted.length,
                sorted.length / (double) seconds, percentile(sorted, 50), percentile(sorted, 99));
    }
}
