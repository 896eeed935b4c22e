package org.educloud.library.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceQuery;
import org.educloud.library.Sharing;
import org.educloud.library.resources.ResourceQueries;
import org.educloud.library.storage.LibraryProperties;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.UnavailableException;
import org.educloud.support.EduCloudTest;
import org.educloud.support.OpenSearchNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The library's search on a real OpenSearch node (started once for the test JVM, {@link OpenSearchNode}), beside the
 * test platform's embedded engine: the same tests as {@link SearchTest}, through an OpenSearch engine built as the
 * configuration {@code educloud.library.search.engine=opensearch} builds it, on the same database and change log.
 */
@EduCloudTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchSearchTest extends LibrarySearchContract {

    private static final String INDEX = "educloud-test-resources";
    /** The index name of engines pointed at a stub instead of the node: a place of its own in the change log. */
    private static final String STUB_INDEX = "educloud-stub-resources";

    @Autowired
    LibraryProperties properties;
    @Autowired
    JsonMapper json;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    SearchChangeLog log;
    @Autowired
    ResourceQueries queries;
    @Autowired
    SearchOutbox outbox;
    @Autowired
    ApplicationEventPublisher events;

    private OpenSearchEngine engine;
    private ResourceSearch search;

    @BeforeAll
    void buildTheIndexOnARealNode() {
        engine = engine(OpenSearchNode.url());
        search = new LibrarySearch(engine, outbox, events);
        engine.atStartup();
    }

    /** The index's place in the change log goes with the test, so that the log is pruned as if it never was. */
    @AfterAll
    void leaveTheChangeLog() {
        jdbc.sql("DELETE FROM library.search_node WHERE node_id = ?").param(engine.follower()).update();
    }

    @Override
    ResourceSearch search() {
        return search;
    }

    @Override
    void drain() {
        engine.drain();
    }

    @Test
    void anIndexOfAnotherDatabaseIsRebuiltBesideItAndTheAliasMoved() {
        ResourceId id = published("别名重建 检索", "", "", Sharing.SCHOOL);
        OpenSearchClient client = new OpenSearchClient(cluster(OpenSearchNode.url()), json);
        ObjectNode stale = json.createObjectNode();
        stale.putObject("_meta").put("generation", "another-database").put("mapping_version", OpenSearchMapping.VERSION);
        OpenSearchClient.expectOk(client.put(INDEX + "/_mapping", stale), "marking the index stale");
        assertThat(engine.current()).isFalse();

        engine.atStartup(); // what a node's start does; running nodes find it within a minute

        assertThat(engine.current()).isTrue();
        assertThat(found(teacher, "别名重建")).containsExactly(id);
        assertThat(client.get(INDEX + "-*/_alias").body().propertyNames()).as("the old index is deleted").hasSize(1);
    }

    @Test
    void aClusterThatCannotBeReachedRefusesTheSearchAsUnavailableNotAsAFault() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        OpenSearchEngine down = engine(URI.create("http://127.0.0.1:" + closed));

        assertThatThrownBy(() -> down.search(teacher, ResourceQuery.words("分数"), 0, 10))
                .isInstanceOf(UnavailableException.class)
                .hasMessage("library.error.searchUnavailable");
    }

    @Test
    void anIndexDeletedUnderARunningNodeIsRebuiltAtTheNextDrainAndIndexingGoesOn() {
        ResourceId before = published("索引丢失 之前", "", "", Sharing.SCHOOL);
        OpenSearchClient client = new OpenSearchClient(cluster(OpenSearchNode.url()), json);
        for (String index : client.get("_alias/" + INDEX).body().propertyNames()) {
            OpenSearchClient.expectOk(client.delete(index), "deleting " + index); // the alias goes with it
        }
        assertThat(engine.current()).isFalse();

        try {
            // published() drains, as the running node's next second does: not the start-up's check
            ResourceId after = published("索引丢失 之后", "", "", Sharing.SCHOOL);
            drain();

            assertThat(engine.current()).isTrue();
            assertThat(found(teacher, "索引丢失")).containsExactlyInAnyOrder(before, after);
        } finally {
            if (!engine.current()) {
                engine.atStartup(); // leaves an index for the other tests, whatever happened above
            }
        }
    }

    @Test
    void aRebuildLeavesIndexesThatOnlyShareTheAliasesNamePrefix() {
        // another installation on the same cluster, whose index name begins with this one's alias
        String neighbour = INDEX + "-other-1";
        OpenSearchClient client = new OpenSearchClient(cluster(OpenSearchNode.url()), json);
        OpenSearchClient.expectOk(client.put(neighbour, json.createObjectNode()), "creating " + neighbour);
        try {
            ObjectNode document = json.createObjectNode().put("title", "另一套系统的资源");
            OpenSearchClient.expectOk(client.put(neighbour + "/_doc/1?refresh=true", document), "indexing");

            assertThat(engine.rebuild()).isPositive();

            assertThat(engine.current()).isTrue();
            assertThat(client.get(neighbour + "/_count").body().path("count").asLong())
                    .as("the other installation's index and its document are still there").isEqualTo(1);
        } finally {
            client.delete(neighbour);
        }
    }

    @Test
    void anAnswerOfSomethingBeforeTheClusterThatIsNotJsonIsUnavailable() throws IOException {
        try (Stub stub = Stub.answering(413, "text/html", "<html><body>413 Request Entity Too Large</body></html>")) {
            OpenSearchEngine behindAProxy = engine(stub.url(), STUB_INDEX, Duration.ofSeconds(10));

            assertThatThrownBy(() -> behindAProxy.search(teacher, ResourceQuery.words("分数"), 0, 10))
                    .isInstanceOf(UnavailableException.class)
                    .hasMessage("library.error.searchUnavailable");
            behindAProxy.atStartup(); // says the cluster cannot be reached, and leaves the node up
            assertThatThrownBy(behindAProxy::drain).isInstanceOf(UnavailableException.class);
        }
    }

    @Test
    void aSearchTheClusterRefusesAsTooComplexIsRefusedWithAReasonNotAsAFault() throws IOException {
        String tooManyClauses = """
                {"error":{"root_cause":[{"type":"too_many_clauses","reason":"maxClauseCount is set to 1024"}],
                "type":"search_phase_execution_exception","reason":"all shards failed"},"status":400}""";
        try (Stub stub = Stub.answering(400, "application/json", tooManyClauses)) {
            OpenSearchEngine refusing = engine(stub.url(), STUB_INDEX, Duration.ofSeconds(10));

            assertThatThrownBy(() -> refusing.search(teacher, ResourceQuery.words("分数"), 0, 10))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessage("library.error.searchTooComplex");
        }
    }

    @Test
    void aClusterThatRefusesWhatTheNodeAsksAtItsStartDoesNotStopTheStart() throws IOException {
        String refused = """
                {"error":{"type":"illegal_argument_exception","reason":"refused"},"status":400}""";
        try (Stub stub = Stub.answering(400, "application/json", refused)) {
            OpenSearchEngine refusing = engine(stub.url(), STUB_INDEX, Duration.ofSeconds(10));
            try {
                assertThatCode(refusing::atStartup).doesNotThrowAnyException();
            } finally {
                jdbc.sql("DELETE FROM library.search_node WHERE node_id = ?").param(refusing.follower()).update();
            }
        }
    }

    @Test
    void anAnswerThatStallsAfterItsHeadersIsUnavailableWithinTheTimeout() throws IOException {
        try (Stub stub = Stub.stallingAfterHeaders()) {
            OpenSearchEngine stalled = engine(stub.url(), STUB_INDEX, Duration.ofSeconds(1));

            assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                    assertThatThrownBy(() -> stalled.search(teacher, ResourceQuery.words("分数"), 0, 10))
                            .isInstanceOf(UnavailableException.class));
        }
    }

    private OpenSearchEngine engine(URI url) {
        return engine(url, INDEX, Duration.ofSeconds(10));
    }

    private OpenSearchEngine engine(URI url, String index, Duration timeout) {
        LibraryProperties configured = new LibraryProperties(properties.storage(), properties.directory(),
                properties.maxFileSize(), properties.s3(), properties.exactCountsUpTo(),
                new LibraryProperties.Search(LibraryProperties.Engine.OPENSEARCH,
                        new LibraryProperties.OpenSearch(url, index, 0, timeout, null, null)));
        return new OpenSearchEngine(configured, json, jdbc, transactions, log, queries, Duration.ofHours(1));
    }

    private static LibraryProperties.OpenSearch cluster(URI url) {
        return new LibraryProperties.OpenSearch(url, INDEX, 0, Duration.ofSeconds(10), null, null);
    }

    /** An HTTP server in the test's place of the cluster, or of a proxy before it, answering every request alike. */
    private static final class Stub implements AutoCloseable {

        private final HttpServer server;
        private final CountDownLatch closed = new CountDownLatch(1);

        private Stub(HttpHandler handler) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", handler);
            server.start();
        }

        static Stub answering(int status, String type, String body) throws IOException {
            return new Stub(exchange -> {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
        }

        /** Sends the headers and the first bytes of a long body, then nothing until the test ends. */
        static Stub stallingAfterHeaders() throws IOException {
            Stub[] stub = new Stub[1];
            stub[0] = new Stub(exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, 1_000);
                OutputStream out = exchange.getResponseBody();
                out.write("{\"took\":".getBytes(StandardCharsets.UTF_8));
                out.flush();
                try {
                    stub[0].closed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
            });
            return stub[0];
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        @Override
        public void close() {
            closed.countDown();
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }
    }
}
