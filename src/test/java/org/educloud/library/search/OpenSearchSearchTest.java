package org.educloud.library.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceQuery;
import org.educloud.library.Sharing;
import org.educloud.library.resources.ResourceQueries;
import org.educloud.library.storage.LibraryProperties;
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

    private OpenSearchEngine engine(URI url) {
        LibraryProperties configured = new LibraryProperties(properties.storage(), properties.directory(),
                properties.maxFileSize(), properties.s3(), properties.exactCountsUpTo(),
                new LibraryProperties.Search(LibraryProperties.Engine.OPENSEARCH, cluster(url)));
        return new OpenSearchEngine(configured, json, jdbc, transactions, log, queries, Duration.ofHours(1));
    }

    private static LibraryProperties.OpenSearch cluster(URI url) {
        return new LibraryProperties.OpenSearch(url, INDEX, 0, Duration.ofSeconds(10), null, null);
    }
}
