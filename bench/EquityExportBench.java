import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a balance report export takes from the request to a downloadable file, as a bureau admin sees it:
 * {@code java bench/EquityExportBench.java http://127.0.0.1:18080 DISTRICT_ID CITY_ID [runs]}.
 * Logs in as city.admin, then for the district and the whole city, in XLSX and in PDF, requests the export through
 * the page's form, polls the job's page every 50 ms until it is finished, downloads the file and prints the wall
 * time (median of the runs, and each run) and the file's size. Jobs run one at a time per node, so runs are
 * sequential. Loopback targets only; it logs in as {@link EquityDashboardBench} does, so run it with JDK 25 from
 * the project's root, where the launcher finds that file beside it.
 */
public class EquityExportBench {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String district = args[1];
        String city = args[2];
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        String host = URI.create(base).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.")) {
            throw new IllegalArgumentException("Only loopback targets are allowed: " + base);
        }
        HttpClient client = EquityDashboardBench.logIn(base); // bench/ is one multi-file program (JDK 22+)
        System.out.printf("%-34s %10s %10s %12s  %s%n", "export", "median s", "best s", "size KB", "runs (s)");
        for (String[] org : List.of(new String[] {"district (50 schools)", district},
                new String[] {"city (1,012 schools)", city})) {
            for (String format : List.of("XLSX", "PDF")) {
                double[] seconds = new double[runs];
                long size = 0;
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    String job = request(client, base, district, org[1], format);
                    String page = awaitFinished(client, base + job);
                    if (!page.contains("export-download")) {
                        throw new IllegalStateException("the export failed: " + job);
                    }
                    HttpResponse<byte[]> file = client.send(HttpRequest.newBuilder(URI.create(base + job + "/file"))
                            .build(), HttpResponse.BodyHandlers.ofByteArray());
                    seconds[i] = (System.nanoTime() - t0) / 1e9;
                    size = file.body().length;
                }
                double[] sorted = seconds.clone();
                Arrays.sort(sorted);
                List<String> each = new ArrayList<>();
                for (double s : seconds) {
                    each.add(String.format("%.2f", s));
                }
                System.out.printf("%-34s %10.2f %10.2f %12.1f  %s%n", org[0] + " " + format, sorted[runs / 2],
                        sorted[0], size / 1024.0, String.join(" ", each));
            }
        }
    }

    /** Posts the balance page's export form; answers the job page's path. */
    private static String request(HttpClient client, String base, String district, String org, String format)
            throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/equity/balance?district=" + district))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the balance page");
        }
        String body = "org=" + org + "&format=" + format + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> posted = client.send(HttpRequest.newBuilder(URI.create(base + "/equity/exports"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        String location = posted.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("the export was refused: " + posted.statusCode()));
        return URI.create(location).getPath();
    }

    private static String awaitFinished(HttpClient client, String url) throws Exception {
        while (true) {
            String page = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (page.contains("export-download") || page.contains("export-failure")) {
                return page;
            }
            Thread.sleep(50);
        }
    }
}
