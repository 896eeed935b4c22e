package org.educloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.educloud.equity.reports.ExportingReports;
import org.educloud.equity.reports.ReportExportStatus;
import org.educloud.equity.reports.ReportFormat;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.Assignments;
import org.educloud.learning.notifications.DueSoonReminders;
import org.educloud.roster.IdNumber;
import org.educloud.roster.ImportKind;
import org.educloud.roster.RosterImports;
import org.educloud.roster.imports.StudentColumns;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.Drafts;
import org.educloud.support.EduCloudTest;
import org.educloud.support.SecondNode;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Work that one node starts and another finishes or shows, on two nodes of one database (the tests' platform is
 * node A; {@link SecondNode} is node B): a scheduled job run by both nodes at the same moment does its work once; an
 * import started on A is followed to its result on B; an export built on A is downloaded from B; an xAPI statement
 * stored through A is read through B. A browser keeps one cookie jar for both nodes, as behind a load balancer.
 * <p>
 * A system test of the deployment, not of a module: it is the one test class allowed to use modules' internals
 * ({@link TestsUseModuleApisTest} names it). Its subject is that nodes share their work, so it fires learning's
 * due-soon job on both nodes at the same moment (no module offers "run your job now", nor should), writes an import
 * file with roster's own column headers and follows equity's export job; routing those handles through fixtures
 * would hide what the test drives without decoupling anything.
 */
@EduCloudTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkAcrossNodesTest {

    private ConfigurableApplicationContext nodeB;

    @Autowired
    ApplicationContext platform;
    @LocalServerPort
    int portOfA;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Assignments assignments;
    @Autowired
    DueSoonReminders reminders;
    @Autowired
    RosterImports imports;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    ExportingReports exports;

    @BeforeAll
    void startNodeB() {
        nodeB = SecondNode.beside(platform);
    }

    @Test
    void theDueSoonJobRunByBothNodesAtOnceRemindsEachStudentOnce() throws Exception {
        Scope teacher = identity.scopeOf(fixture.a().person(Role.TEACHER));
        LocalDateTime now = LocalDateTime.now();
        AssignmentId assignment = assignments.set(teacher, Drafts.anAssignment().forClass(fixture.a().classId())
                .titled("两个节点同时提醒").instructions("<p>读课文</p>").open(now.minusDays(2), now.plusHours(12))
                .outOf("100").files(1, "pdf").build()).getFirst();
        assignments.publish(teacher, assignment);

        DueSoonReminders onB = nodeB.getBean(DueSoonReminders.class);
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> runAfter(together, reminders::remind));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> runAfter(together, onB::remind));
        CompletableFuture.allOf(a, b).get();

        Map<Long, Long> reminded = jdbc.sql("SELECT recipient, count(*) FROM learning.notification "
                        + "WHERE kind = 'DUE_SOON' AND link = ? GROUP BY recipient")
                .param("/learning/assignments/" + assignment)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(reminded).as("the side's student and parent, each once")
                .containsKeys(fixture.a().person(Role.STUDENT).value(), fixture.a().person(Role.PARENT).value())
                .allSatisfy((who, times) -> assertThat(times).isEqualTo(1L));
    }

    @Test
    void anImportStartedOnOneNodeIsFollowedToItsResultOnTheOther() throws Exception {
        OrgNodeView school = tenancy.registerSchool(Scope.installation(), fixture.a().district().id(),
                Drafts.aSchool().named("两节点导入小学").coded("3877000001").in(Locality.URBAN).build());
        String first17 = "36012120180301" + "881";
        String idNumber = first17 + IdNumber.checkCharacter(first17);
        Path file = Files.createTempFile("two-nodes", ".csv");
        Files.writeString(file, String.join(",", StudentColumns.headers()) + "\r\n" + String.join(",", "节点乙",
                "女", "2018-03-01", "汉族", "G" + idNumber, idNumber, "", "否", "否", "", "", "") + "\r\n");
        Scope districtAdmin = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        long run = imports.startImport(districtAdmin, ImportKind.STUDENTS, school.id(), file, "students.csv");

        HttpClient browser = signedIn(fixture.a().person(Role.DISTRICT_ADMIN));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> page = get(browser, onB("/roster/imports/" + run));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).as("the run's result, applied").contains("id=\"import-outcome\"")
                    .contains("class=\"notice\"");
        });
    }

    @Test
    void anExportBuiltOnOneNodeIsDownloadedFromTheOther() throws Exception {
        Scope districtAdmin = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        long export = exports.request(districtAdmin, fixture.a().district().id(), null, ReportFormat.XLSX,
                Locale.SIMPLIFIED_CHINESE).id();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                exports.find(districtAdmin, export).status() == ReportExportStatus.DONE);

        HttpClient browser = signedIn(fixture.a().person(Role.DISTRICT_ADMIN));
        HttpResponse<byte[]> file = browser.send(HttpRequest.newBuilder(URI.create(onB("/equity/exports/" + export
                + "/file"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(exports.file(districtAdmin, export).content());
    }

    @Test
    void aStatementStoredThroughOneNodeIsReadThroughTheOther() throws Exception {
        String id = UUID.randomUUID().toString();
        String statement = "{\"actor\":{\"mbox\":\"mailto:two.nodes@example.cn\"},\"verb\":{\"id\":"
                + "\"http://adlnet.gov/expapi/verbs/completed\"},\"object\":{\"id\":"
                + "\"https://educloud.example/activities/two-nodes\"}}";
        HttpClient lrs = HttpClient.newHttpClient();
        HttpResponse<String> stored = lrs.send(xapi(onA("/xapi/statements?statementId=" + id))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(statement)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(204);

        HttpResponse<String> read = lrs.send(xapi(onB("/xapi/statements?statementId=" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains(id).contains("two.nodes@example.cn");
    }

    private HttpRequest.Builder xapi(String url) {
        String credentials = fixture.a().clientId() + ":" + fixture.a().clientSecret();
        return HttpRequest.newBuilder(URI.create(url)).header("X-Experience-API-Version", "2.0.0")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** A browser signed in through node A's login form. */
    private HttpClient signedIn(org.educloud.shared.UserId person) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(browser, onA("/login")).body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<Void> login = browser.send(HttpRequest.newBuilder(URI.create(onA("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(
                        identity.self(person).username(), StandardCharsets.UTF_8) + "&password="
                        + TenantFixture.PASSWORD + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .doesNotContain("error"));
        return browser;
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String onA(String path) {
        return "http://localhost:" + portOfA + path;
    }

    private String onB(String path) {
        return "http://localhost:" + SecondNode.port(nodeB) + path;
    }

    private static void runAfter(CyclicBarrier barrier, Runnable job) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        job.run();
    }
}
