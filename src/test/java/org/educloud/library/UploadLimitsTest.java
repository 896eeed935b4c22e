package org.educloud.library;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.educloud.identity.ApiTokenScope;
import org.educloud.identity.ApiTokens;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploads as a hostile or merely slow client sends them, over real sockets to the running server: bodies trickling
 * in at a few kilobytes a second hold no database connection, one person's uploads in progress are capped, and a
 * body declared larger than allowed is answered at once, before it is read, without ERROR in the log.
 */
@EduCloudTest
class UploadLimitsTest {

    private static final int POOL_SIZE = 10;

    @LocalServerPort
    int port;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    ResourceLibrary library;
    @Autowired
    ApiTokens tokens;
    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void watchTheLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
    }

    @AfterEach
    void stopWatching() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
    }

    private List<String> errorsLogged() {
        return log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** A person with a fresh draft resource of their own and a personal token. */
    private record Author(String token, ResourceId resourceId) {
    }

    private Author author(UserId user) {
        Scope scope = identity.scopeOf(user);
        ResourceId id = library.create(scope, new ResourceDraft("慢速上传 " + user.value(), "", ResourceType.DOCUMENT,
                Licence.CC_BY, Stage.PRIMARY, Subject.MATHEMATICS, null, null, null, "", "zh-CN", null,
                Sharing.PRIVATE, null));
        return new Author(tokens.create(user, "uploads " + System.nanoTime(), 1, ApiTokenScope.READ_WRITE), id);
    }

    @Test
    void slowUploadsHoldNoDatabaseConnectionAndOnePersonsUploadsInProgressAreCapped() throws Exception {
        Author teacher = author(fixture.a().person(Role.TEACHER));
        List<Author> colleagues = List.of(author(fixture.a().person(Role.SCHOOL_ADMIN)),
                author(fixture.a().person(Role.DISTRICT_ADMIN)), author(fixture.b().person(Role.TEACHER)),
                author(fixture.b().person(Role.SCHOOL_ADMIN)), author(fixture.b().person(Role.DISTRICT_ADMIN)));
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        List<SlowUpload> inFlight = new ArrayList<>();
        ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
        try {
            for (int i = 0; i < 2; i++) {
                inFlight.add(SlowUpload.start(port, teacher, "teacher-" + i, senders));
            }
            Thread.sleep(1500);
            List<SlowUpload> beyondTheCap = new ArrayList<>();
            try {
                for (int i = 0; i < 10; i++) {
                    beyondTheCap.add(SlowUpload.open(port, teacher, "refused-" + i));
                }
                List<Future<String>> answers = new ArrayList<>();
                for (SlowUpload refused : beyondTheCap) {
                    answers.add(senders.submit(refused::answer));
                }
                for (Future<String> answer : answers) {
                    assertThat(answer.get(30, TimeUnit.SECONDS)).as("an upload beyond the cap")
                            .startsWith("HTTP/1.1 429").containsIgnoringCase("Retry-After: ")
                            .contains("/problems/too-many-uploads");
                }
            } finally {
                beyondTheCap.forEach(SlowUpload::close);
            }
            for (Author colleague : colleagues) {
                for (int i = 0; i < 2; i++) {
                    inFlight.add(SlowUpload.start(port, colleague, "colleague-" + i, senders));
                }
            }
            assertThat(inFlight).hasSizeGreaterThan(POOL_SIZE);

            // twelve bodies trickle in at 4 KB/s for several seconds: the platform stays usable meanwhile
            int mostActive = 0;
            int mostWaiting = 0;
            long slowestHealth = 0;
            long slowestLogin = 0;
            for (int round = 0; round < 8; round++) {
                Thread.sleep(500);
                mostActive = Math.max(mostActive, pool.getActiveConnections());
                mostWaiting = Math.max(mostWaiting, pool.getThreadsAwaitingConnection());
                slowestHealth = Math.max(slowestHealth, answeredWithin("/actuator/health"));
                slowestLogin = Math.max(slowestLogin, answeredWithin("/login"));
            }
            assertThat(inFlight).allSatisfy(upload -> assertThat(upload.stillSending()).isTrue());
            assertThat(mostWaiting).as("requests waiting for a connection").isZero();
            assertThat(mostActive).as("connections in use while %d uploads arrive", inFlight.size())
                    .isLessThan(POOL_SIZE / 2);
            // an exhausted pool makes a request wait Hikari's 30 s for a connection; well below that, the bound only
            // has to survive a busy 2-core machine (the pool figures above are the exact evidence)
            assertThat(slowestHealth).as("slowest health answer, ms").isLessThan(10_000);
            assertThat(slowestLogin).as("slowest login page, ms").isLessThan(10_000);

            for (SlowUpload upload : inFlight) {
                assertThat(upload.finish()).as(upload.name).startsWith("HTTP/1.1 201");
            }
            try (SlowUpload again = SlowUpload.open(port, teacher, "after")) {
                assertThat(again.sendAllAndAnswer()).as("permits are given back").startsWith("HTTP/1.1 201");
            }
        } finally {
            inFlight.forEach(SlowUpload::close);
            senders.shutdownNow();
        }
        ResourceId id = teacher.resourceId();
        assertThat(library.view(identity.scopeOf(fixture.a().person(Role.TEACHER)), id).files()).hasSize(3);
        assertThat(errorsLogged()).isEmpty();
    }

    @Test
    void uploadsDeclaredAsJsonOrAFormEscapeNoCapTheyAreRefusedUnread() throws Exception {
        Author teacher = author(fixture.a().person(Role.TEACHER));
        List<SlowUpload> held = new ArrayList<>();
        ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
        try {
            for (int i = 0; i < 2; i++) {
                held.add(SlowUpload.start(port, teacher, "held-" + i, senders));
            }
            Thread.sleep(500);
            // the gate lets JSON pass without a permit: the endpoint reading raw bodies refuses it unread; a plain
            // form (whose parameters' parsing would read it) is an upload like any other on the API
            Map<String, String> expected = Map.of("application/json", "HTTP/1.1 415",
                    "application/json; charset=UTF-8", "HTTP/1.1 415", "application/merge-patch+json", "HTTP/1.1 415",
                    "application/x-www-form-urlencoded", "HTTP/1.1 429");
            List<SlowUpload> labelled = new ArrayList<>();
            try {
                Map<String, Future<String>> answers = new java.util.LinkedHashMap<>();
                for (String type : expected.keySet()) {
                    for (int i = 0; i < 3; i++) {
                        SlowUpload upload = SlowUpload.open(port, teacher, "json-" + i, type);
                        labelled.add(upload);
                        answers.put(type + " #" + i, senders.submit(upload::answer));
                    }
                }
                answers.forEach((label, answer) -> assertThat(answer).as(label).succeedsWithin(Duration.ofSeconds(20))
                        .asString().startsWith(expected.get(label.substring(0, label.indexOf(" #"))))
                        .contains("application/problem+json").containsIgnoringCase("Connection: close"));
            } finally {
                labelled.forEach(SlowUpload::close);
            }
            assertThat(held).allSatisfy(upload -> assertThat(upload.stillSending()).isTrue());
            for (SlowUpload upload : held) {
                assertThat(upload.finish()).as(upload.name).startsWith("HTTP/1.1 201");
            }
        } finally {
            held.forEach(SlowUpload::close);
            senders.shutdownNow();
        }
        assertThat(library.view(identity.scopeOf(fixture.a().person(Role.TEACHER)), teacher.resourceId()).files())
                .hasSize(2);
        assertThat(errorsLogged()).isEmpty();
    }

    @Test
    void aBodyDeclaredLargerThanAllowedIsRefusedBeforeItIsRead() throws Exception {
        Author teacher = author(fixture.a().person(Role.TEACHER));
        String path = "/api/v1/resources/" + teacher.resourceId() + "/files?name=big.pdf";
        // the library's own limit in the tests is 5 MB; the platform's largest request 1100 MB
        for (long declared : List.of(6L * 1024 * 1024, 1_500_000_000L)) {
            String answer = refusedAfterHeaders(path, "Authorization: Bearer " + teacher.token() + "\r\n",
                    "application/pdf", declared);
            assertThat(answer).as("%d bytes", declared).startsWith("HTTP/1.1 413")
                    .contains("application/problem+json").contains("/problems/too-large");
        }
        String multipart = refusedAfterHeaders(path, "Authorization: Bearer " + teacher.token() + "\r\n",
                "multipart/form-data; boundary=XX", 1_500_000_000L);
        assertThat(multipart).startsWith("HTTP/1.1 413").contains("/problems/too-large");
        assertThat(library.view(identity.scopeOf(fixture.a().person(Role.TEACHER)), teacher.resourceId()).files())
                .isEmpty();
        assertThat(errorsLogged()).isEmpty();
    }

    @Test
    void aFormPostFarBeyondTheLimitGetsAReadablePageAndNoErrorInTheLog() throws Exception {
        String page = refusedAfterHeaders("/library/resources/new", "Accept: text/html\r\n",
                "multipart/form-data; boundary=XX", 1_500_000_000L);
        assertThat(page).startsWith("HTTP/1.1 413").contains("text/html").contains("文件太大")
                .contains("1100 MB").doesNotContain("Apache Tomcat").doesNotContain("Exception");

        String malformed = answerTo("/library/resources/new", "Accept: text/html\r\nCookie: " + signedIn() + "\r\n",
                "multipart/form-data; boundary=XX", ("--XX\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"cut.pdf\"\r\n\r\n%PDF-1.4 and the body ends before its boundary")
                        .getBytes(StandardCharsets.US_ASCII));
        assertThat(malformed).startsWith("HTTP/1.1 400").contains("text/html").doesNotContain("Exception");
        assertThat(errorsLogged()).isEmpty();
    }

    @Test
    void aPageRefusesAFileFromSomeoneNotSignedInBeforeReadingIt() throws Exception {
        // 100 MB declared, one kilobyte sent: the answer comes without the rest, so nothing was spooled to disk
        String page = refusedAfterHeaders("/library/resources/new", "Accept: text/html\r\n",
                "multipart/form-data; boundary=XX", 100L * 1024 * 1024);
        assertThat(page).startsWith("HTTP/1.1 401").contains("请先登录再上传文件");
        assertThat(errorsLogged()).isEmpty();
    }

    /** A real session of a demo teacher, logged in through the login form: its cookies as one header value. */
    private String signedIn() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String login = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(login);
        assertThat(token.find()).isTrue();
        String form = "username=teacher.wang&password=EduCloud2026&_csrf=" + token.group(1);
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private long answeredWithin(String path) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Sends the head of a request declaring {@code length} bytes and one kilobyte of body, then reads the answer. */
    private String refusedAfterHeaders(String path, String headers, String contentType, long length)
            throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head(path, headers, contentType, length).getBytes(StandardCharsets.UTF_8));
            out.write("--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n\r\n%PDF-1.4\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]);
            out.flush();
            return SlowUpload.read(socket);
        }
    }

    private String answerTo(String path, String headers, String contentType, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head(path, headers, contentType, body.length).getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return SlowUpload.read(socket);
        }
    }

    private static String head(String path, String headers, String contentType, long length) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Content-Type: " + contentType
                + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n";
    }

    /** A raw upload of a small PDF whose body is sent a kilobyte at a time, four a second, until told to hurry. */
    private static final class SlowUpload implements AutoCloseable {

        private static final int SIZE = 128 * 1024;

        private final Socket socket;
        private final String name;
        private final byte[] body;
        private volatile boolean slow = true;
        private volatile int sent;
        private Future<?> sending;

        private SlowUpload(Socket socket, String name, byte[] body) {
            this.socket = socket;
            this.name = name;
            this.body = body;
        }

        static SlowUpload open(int port, Author author, String name) throws IOException {
            return open(port, author, name, "application/pdf");
        }

        static SlowUpload open(int port, Author author, String name, String contentType) throws IOException {
            StringBuilder pdf = new StringBuilder("%PDF-1.4\n% " + name + " " + System.nanoTime() + "\n");
            while (pdf.length() < SIZE - 8) {
                pdf.append("% filler line of a slowly uploaded lesson\n");
            }
            byte[] body = (pdf.substring(0, SIZE - 6) + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);
            Socket socket = new Socket("localhost", port);
            socket.getOutputStream().write(head("/api/v1/resources/" + author.resourceId() + "/files?name=" + name
                    + ".pdf", "Authorization: Bearer " + author.token() + "\r\n", contentType, body.length)
                    .getBytes(StandardCharsets.UTF_8));
            SlowUpload upload = new SlowUpload(socket, name, body);
            upload.send(1024);
            return upload;
        }

        static SlowUpload start(int port, Author author, String name, ExecutorService senders) throws IOException {
            SlowUpload upload = open(port, author, name);
            upload.sending = senders.submit(() -> {
                while (upload.slow && upload.sent < SIZE - 1024) {
                    upload.send(1024);
                    Thread.sleep(250);
                }
                return null;
            });
            return upload;
        }

        private void send(int bytes) throws IOException {
            OutputStream out = socket.getOutputStream();
            out.write(body, sent, bytes);
            out.flush();
            sent += bytes;
        }

        boolean stillSending() {
            return sent < SIZE && !sending.isDone();
        }

        /** Sends the rest at once and reads the answer. */
        String finish() throws Exception {
            slow = false;
            sending.get(10, TimeUnit.SECONDS);
            send(SIZE - sent);
            return read(socket);
        }

        String sendAllAndAnswer() throws IOException {
            send(SIZE - sent);
            return read(socket);
        }

        /** The answer to a request sent before the body was: it must come without the rest of the body. */
        String answer() throws IOException {
            return read(socket);
        }

        /** What the server sends until it closes or falls silent: at most ten seconds for the first byte. */
        static String read(Socket socket) throws IOException {
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    answer.write(buffer, 0, read);
                    socket.setSoTimeout(1000);
                }
            } catch (SocketTimeoutException silent) {
                // all there is for now
            } catch (IOException reset) {
                // the server may close the connection on a body it does not want; what came before counts
            }
            return answer.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all that is left to do
            }
        }
    }
}
