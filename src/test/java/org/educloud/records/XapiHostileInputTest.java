package org.educloud.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.educloud.records.LrsClient.statement;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** What a careless or hostile client sends the LRS: each is refused with a reason, never a server error. */
@EduCloudTest
class XapiHostileInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    LrsClient a;

    @BeforeEach
    void client() {
        a = LrsClient.of(mvc, fixture.a());
    }

    @Test
    void nulCharactersAndLoneSurrogatesAreRefusedWith400AndNothingIsStored() throws Exception {
        String mbox = "mailto:nul-" + UUID.randomUUID() + "@x.cn";
        String plain = statement(mbox);
        for (String bad : List.of(
                plain.replace("}}", "},\"result\":{\"response\":\"1/2\\u0000DROP\"}}"),
                plain.replace("}}", "},\"context\":{\"extensions\":{\"https://e.c/x\":{\"note\":\"a\\u0000b\"}}}}"),
                plain.replace("}}", "},\"context\":{\"extensions\":{\"https://e.c/x\":{\"k\\u0000\":1}}}}"),
                plain.replace("\"actor\":{", "\"actor\":{\"name\":\"\\u0000\","))) {
            a.post(bad).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error", Matchers.containsString("U+0000")));
        }
        for (String lone : List.of("\\ud800", "\\udc00x", "x\\ud83d")) {
            a.post(plain.replace("\"actor\":{", "\"actor\":{\"name\":\"李" + lone + "\","))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error", Matchers.containsString("unpaired surrogate")));
        }
        // a proper pair (an emoji) is text like any other
        a.post(plain.replace("\"actor\":{", "\"actor\":{\"name\":\"李\\ud83d\\ude00\",")).andExpect(status().isOk());
        assertThat(storedOf(mbox)).isEqualTo(1);
    }

    @Test
    void nulInQueryParametersAndDocumentIdsIsRefusedWith400() throws Exception {
        for (String[] query : new String[][] {{"verb", "http://e.c/\u0000"}, {"activity", "\u0000"},
                {"agent", "{\"mbox\":\"mailto:a\u0000@x.cn\"}"}, {"agent", "{\"mbox\":\"mailto:a\\u0000@x.cn\"}"},
                {"registration", "\u0000"}, {"since", "\u0000"}, {"verb\u0000", "x"}}) {
            a.get(query[0], query[1]).andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").isString());
        }
        for (var request : List.of(
                MockMvcRequestBuilders.get("/xapi/activities/state").param("stateId", "bookmark\u0000"),
                MockMvcRequestBuilders.put("/xapi/activities/state").param("stateId", "bookmark\u0000")
                        .contentType("application/json").content("{}"),
                MockMvcRequestBuilders.delete("/xapi/activities/state").param("stateId", "\u0000"),
                MockMvcRequestBuilders.put("/xapi/activities/state").param("stateId", "long-type")
                        .contentType("application/" + "x".repeat(300)).content("{}"))) {
            mvc.perform(a.as(request).param("activityId", "https://educloud.example/activities/" + UUID.randomUUID())
                            .param("agent", "{\"mbox\":\"mailto:doc@x.cn\"}"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").isString());
        }
        mvc.perform(a.as(MockMvcRequestBuilders.get("/xapi/activities")).param("activityId", "https://e.c/\u0000"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void threeEndlessStatementPostsAtOnceAreCutOffAtTheLimitWith413() throws Exception {
        try (var pool = Executors.newFixedThreadPool(3)) {
            List<Future<Answer>> answers = List.of(
                    pool.submit(() -> endless("/xapi/statements", "application/json")),
                    pool.submit(() -> endless("/xapi/statements", "application/json")),
                    pool.submit(() -> endless("/xapi/statements", "multipart/mixed; boundary=xyz")));
            for (Future<Answer> answer : answers) {
                Answer got = answer.get(2, TimeUnit.MINUTES);
                assertThat(got.head()).startsWith("HTTP/1.1 413");
                assertThat(got.body()).contains("\"error\"").contains("too large");
                // answered long before the client stopped sending: the server read no more than its limit
                assertThat(got.sentBeforeAnswer()).isLessThan(100L * 1024 * 1024);
            }
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyArrives() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST /xapi/statements HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + basic() + "\r\nX-Experience-API-Version: 2.0.0\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 10737418240\r\n\r\n[").getBytes(StandardCharsets.US_ASCII));
            assertThat(head(socket.getInputStream())).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void tooManyStatementsTooLargeADocumentOrStatementsPartAre413() throws Exception {
        String one = statement("mailto:batch@x.cn");
        a.post("[" + String.join(",", java.util.Collections.nCopies(1001, one)) + "]")
                .andExpect(status().is(413)).andExpect(jsonPath("$.error", Matchers.containsString("1000")));
        mvc.perform(a.as(MockMvcRequestBuilders.put("/xapi/activities/state"))
                        .param("activityId", "https://educloud.example/activities/big").param("stateId", "big")
                        .param("agent", "{\"mbox\":\"mailto:doc@x.cn\"}").contentType("application/octet-stream")
                        .content(new byte[1024 * 1024 + 1]))
                .andExpect(status().is(413)).andExpect(jsonPath("$.error", Matchers.containsString("1 MB")));
        String huge = one.replace("}}", "},\"result\":{\"response\":\"" + "x".repeat(4 * 1024 * 1024) + "\"}}");
        mvc.perform(a.as(MockMvcRequestBuilders.post("/xapi/statements"))
                        .contentType("multipart/mixed; boundary=xyz")
                        .content("--xyz\r\nContent-Type: application/json\r\n\r\n" + huge + "\r\n--xyz--\r\n"))
                .andExpect(status().is(413)).andExpect(jsonPath("$.error", Matchers.containsString("4 MB")));
    }

    /** What the server said to a client that kept sending, and how much it had sent when the answer came. */
    private record Answer(String head, String body, long sentBeforeAnswer) {
    }

    /** POSTs a chunked body that goes on (up to 1 GB) until the server answers. */
    private Answer endless(String path, String contentType) throws Exception {
        AtomicLong sent = new AtomicLong();
        AtomicBoolean answered = new AtomicBoolean();
        Socket socket = new Socket("127.0.0.1", port);
        Thread writer = null;
        try {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic()
                    + "\r\nX-Experience-API-Version: 2.0.0\r\nContent-Type: " + contentType
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] data = new byte[64 * 1024];
            java.util.Arrays.fill(data, (byte) ' ');
            byte[] frame = chunk(data);
            writer = Thread.ofVirtual().start(() -> {
                try {
                    while (!answered.get() && sent.get() < 1024L * 1024 * 1024) {
                        out.write(frame);
                        sent.addAndGet(data.length);
                    }
                } catch (IOException e) {
                    // the server hung up on the rest: what it should do
                }
            });
            InputStream in = socket.getInputStream();
            String head = head(in);
            long before = sent.get();
            answered.set(true);
            socket.setSoTimeout(5_000);
            return new Answer(head, body(in), before);
        } finally {
            answered.set(true);
            socket.close();
            if (writer != null) {
                writer.join(10_000);
            }
        }
    }

    private static byte[] chunk(byte[] data) {
        byte[] size = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[size.length + data.length + 2];
        System.arraycopy(size, 0, frame, 0, size.length);
        System.arraycopy(data, 0, frame, size.length, data.length);
        frame[frame.length - 2] = '\r';
        frame[frame.length - 1] = '\n';
        return frame;
    }

    private static String head(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** Whatever body follows, up to 8 KB, until the server closes the connection or pauses. */
    private static String body(InputStream in) {
        byte[] buffer = new byte[8192];
        int length = 0;
        try {
            for (int n; length < buffer.length && (n = in.read(buffer, length, buffer.length - length)) > 0; ) {
                length += n;
            }
        } catch (IOException e) {
            // closed or quiet: what arrived is the body
        }
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((fixture.a().clientId() + ":" + fixture.a().clientSecret())
                .getBytes(StandardCharsets.UTF_8));
    }

    private long storedOf(String mbox) {
        return jdbc.sql("SELECT count(*) FROM records.statement WHERE actor_key = ?").param("mbox:" + mbox)
                .query(Long.class).single();
    }
}
