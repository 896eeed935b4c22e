package org.educloud.library.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.Licence;
import org.educloud.library.ResourceDraft;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceLibrary;
import org.educloud.library.ResourceQuery;
import org.educloud.library.ResourceType;
import org.educloud.library.Sharing;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Stage;
import org.educloud.library.Subject;
import org.educloud.support.EduCloudTest;
import org.educloud.support.SecondNode;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes on one database, each with its own index: the test's platform (node A) and a second whole application
 * (node B) started on the same PostgreSQL with its own library directory. What is published through A is found on
 * B within seconds, what is withdrawn through A disappears there, and the change log keeps only what some live node
 * still needs. A node that was away too long has lost its place and rebuilds its index. A login on A is a login on
 * B (sessions live in the database).
 */
@EduCloudTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchAcrossNodesTest {

    private ConfigurableApplicationContext nodeB;

    @Autowired
    ApplicationContext platform;

    @LocalServerPort
    int portOfA;

    @Autowired
    ResourceLibrary library;
    @Autowired
    SearchIndex index;
    @Autowired
    IdentityManagement identity;
    @Autowired
    TenantFixture fixture;
    @Autowired
    JdbcClient jdbc;

    @Test
    void whatOneNodePublishesOrWithdrawsIsFoundOrGoneOnTheOtherWithinSeconds() {
        Scope teacher = identity.scopeOf(fixture.a().person(Role.TEACHER));
        Scope schoolAdmin = identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN));
        ResourceSearch searchOnB = nodeB.getBean(ResourceSearch.class);
        SearchIndex indexOfB = nodeB.getBean(SearchIndex.class);
        assertThat(indexOfB.node()).isEqualTo(SecondNode.NODE_ID).isNotEqualTo(index.node());

        ResourceId id = library.create(teacher, new ResourceDraft("两个节点 同步检索", "", ResourceType.COURSEWARE,
                Licence.CC_BY, Stage.PRIMARY, Subject.MATHEMATICS, 3, null, null, "", "zh-CN", null,
                Sharing.SCHOOL, null), new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8)),
                "nodes.pdf");
        library.submit(teacher, id);
        library.approve(schoolAdmin, id, null);
        index.drain(); // node A follows at once; node B on its own schedule

        assertThat(library.search(teacher, ResourceQuery.words("同步检索"), 0, 10).hits().items())
                .extracting(h -> h.resource().id()).contains(id);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(found(searchOnB, teacher)).contains(id));

        library.withdraw(teacher, id, null);
        index.drain();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(found(searchOnB, teacher)).doesNotContain(id));

        // both nodes have passed every change: pruning leaves nothing either of them needs
        await().atMost(Duration.ofSeconds(10)).until(() -> cursor(SecondNode.NODE_ID) == cursor(index.node()));
        index.prune();
        assertThat(jdbc.sql("SELECT count(*) FROM library.search_change WHERE seq <= ?")
                .param(cursor(index.node())).query(Long.class).single()).isZero();

        // node B is taken for gone after an hour unseen: its place is dropped, and it rebuilds when it is back
        Timestamp rebuiltBefore = rebuiltAt(SecondNode.NODE_ID);
        jdbc.sql("UPDATE library.search_node SET seen_at = now() - interval '2 hours' WHERE node_id = ?")
                .param(SecondNode.NODE_ID).update();
        index.prune();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.sql("SELECT rebuilt_at FROM library.search_node WHERE node_id = ?")
                        .param(SecondNode.NODE_ID).query(Timestamp.class).optional())
                        .hasValueSatisfying(t -> assertThat(t).isAfter(rebuiltBefore)));
    }

    private List<ResourceId> found(ResourceSearch search, Scope scope) {
        return search.search(scope, ResourceQuery.words("同步检索"), 0, 10).hits().items().stream()
                .map(h -> h.resource().id()).toList();
    }

    @Test
    void aLoginOnOneNodeIsALoginOnTheOther() throws Exception {
        // one cookie jar for both, as a browser behind a load balancer has (cookies do not depend on the port)
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String a = "http://localhost:" + portOfA;
        String b = "http://localhost:" + SecondNode.port(nodeB);
        String form = browser.send(HttpRequest.newBuilder(URI.create(a + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        HttpResponse<Void> login = browser.send(HttpRequest.newBuilder(URI.create(a + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=teacher.wang&password=EduCloud2026&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/home"));

        HttpResponse<String> homeOnB = browser.send(HttpRequest.newBuilder(URI.create(b + "/home")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(homeOnB.statusCode()).isEqualTo(200);
        assertThat(homeOnB.body()).as("the home page, not the login form").doesNotContain("name=\"password\"");
    }

    @BeforeAll
    void startNodeB() {
        nodeB = SecondNode.beside(platform);
    }

    private long cursor(String node) {
        return jdbc.sql("SELECT applied_through FROM library.search_node WHERE node_id = ?").param(node)
                .query(Long.class).single();
    }

    private Timestamp rebuiltAt(String node) {
        return jdbc.sql("SELECT rebuilt_at FROM library.search_node WHERE node_id = ?").param(node)
                .query(Timestamp.class).single();
    }
}
