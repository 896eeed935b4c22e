import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Upload and download of one large video through the library API, against a disk copy of the same file in the
 * same run as the baseline: {@code java bench/LibraryFileBench.java http://127.0.0.1:8080 TOKEN 500}. The file is
 * an MP4 header followed by random bytes (incompressible, and sniffed as video/mp4). Run the server with a small
 * heap (-Xmx256m) to show that neither direction holds the file in memory.
 */
public class LibraryFileBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int megabytes = Integer.parseInt(args[2]);
        if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
            throw new IllegalArgumentException("loopback targets only");
        }
        Path video = Files.createTempFile("bench-video", ".mp4");
        Path copy = video.resolveSibling(video.getFileName() + ".copy");
        Path downloaded = video.resolveSibling(video.getFileName() + ".down");
        try {
            write(video, megabytes);
            long size = Files.size(video);
            long start = System.nanoTime();
            Files.copy(video, copy);
            double diskSeconds = (System.nanoTime() - start) / 1e9;

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/resources"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"大文件基准 微课\",\"type\":\"MICRO_LECTURE\","
                            + "\"licence\":\"CC_BY\",\"stage\":\"PRIMARY\",\"subject\":\"MATHEMATICS\",\"grade\":3,"
                            + "\"language\":\"zh-CN\",\"sharing\":\"PRIVATE\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String id = first(Pattern.compile("\"id\":(\\d+)").matcher(created), created);

            start = System.nanoTime();
            HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/resources/"
                            + id + "/files?name=bench.mp4")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofFile(video)).build(), HttpResponse.BodyHandlers.ofString());
            double uploadSeconds = (System.nanoTime() - start) / 1e9;
            if (uploaded.statusCode() != 201) {
                throw new IllegalStateException(uploaded.statusCode() + " " + uploaded.body());
            }
            String fileId = first(Pattern.compile("\"fileId\":(\\d+)").matcher(uploaded.body()), uploaded.body());
            String content = base + "/api/v1/resources/" + id + "/files/" + fileId + "/content";

            start = System.nanoTime();
            HttpResponse<Path> whole = http.send(HttpRequest.newBuilder(URI.create(content))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofFile(downloaded));
            double downloadSeconds = (System.nanoTime() - start) / 1e9;
            if (whole.statusCode() != 200 || Files.size(downloaded) != size || Files.mismatch(video, downloaded) != -1) {
                throw new IllegalStateException("download differs from upload");
            }
            start = System.nanoTime();
            HttpResponse<byte[]> seek = http.send(HttpRequest.newBuilder(URI.create(content))
                    .header("Authorization", "Bearer " + token).header("Range", "bytes=" + size / 2 + "-"
                            + (size / 2 + 1_048_575)).build(), HttpResponse.BodyHandlers.ofByteArray());
            double seekMillis = (System.nanoTime() - start) / 1e6;
            if (seek.statusCode() != 206 || seek.body().length != 1_048_576) {
                throw new IllegalStateException("range answer " + seek.statusCode());
            }
            double mb = size / 1048576.0;
            System.out.printf("file: %.0f MB%n", mb);
            System.out.printf("disk copy (baseline): %.2f s, %.0f MB/s%n", diskSeconds, mb / diskSeconds);
            System.out.printf("upload (stream, SHA-256, sniff, store): %.2f s, %.0f MB/s, ratio to disk %.2f%n",
                    uploadSeconds, mb / uploadSeconds, diskSeconds / uploadSeconds);
            System.out.printf("download: %.2f s, %.0f MB/s, ratio to disk %.2f%n", downloadSeconds,
                    mb / downloadSeconds, diskSeconds / downloadSeconds);
            System.out.printf("1 MB range from the middle: %.1f ms%n", seekMillis);
        } finally {
            Files.deleteIfExists(video);
            Files.deleteIfExists(copy);
            Files.deleteIfExists(downloaded);
        }
    }

    static void write(Path file, int megabytes) throws Exception {
        byte[] header = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm',
                'i', 's', 'o', '2', 'a', 'v', 'c', '1', 'm', 'p', '4', '1'};
        Random random = new Random(1);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header);
            for (int i = 0; i < megabytes; i++) {
                random.nextBytes(block);
                out.write(block);
            }
        }
    }

    static String first(Matcher matcher, String body) {
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
        return matcher.group(1);
    }
}
