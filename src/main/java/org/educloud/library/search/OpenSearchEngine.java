package org.educloud.library.search;

import java.time.Duration;
import org.educloud.library.ResourceQuery;
import org.educloud.library.SearchResults;
import org.educloud.library.resources.ResourceQueries;
import org.educloud.library.storage.LibraryProperties;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine of an installation whose nodes share one OpenSearch cluster ({@code educloud.library.search.engine:
 * opensearch}): one index for all nodes, kept by {@link OpenSearchIndex}, searched by {@link OpenSearchSearch}.
 */
@Component
@ConditionalOnProperty(name = "educloud.library.search.engine", havingValue = "opensearch")
class OpenSearchEngine implements SearchEngine {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchEngine.class);

    private final OpenSearchIndex index;
    private final OpenSearchSearch search;
    private volatile boolean reachable = true;
    /** Whether the last drain failed otherwise than by an unreachable cluster (said once, not every second). */
    private volatile boolean failing;

    OpenSearchEngine(LibraryProperties properties, JsonMapper json, JdbcClient jdbc,
                     PlatformTransactionManager transactions, SearchChangeLog log, ResourceQueries queries,
                     @Value("${educloud.library.node-absent-after:1h}") Duration absentAfter) {
        LibraryProperties.OpenSearch cluster = properties.search().opensearch();
        OpenSearchClient client = new OpenSearchClient(cluster, json);
        this.index = new OpenSearchIndex(client, new OpenSearchDocuments(jdbc, json), log, jdbc, transactions,
                cluster.index(), cluster.replicas(), absentAfter, cluster.timeout());
        this.search = new OpenSearchSearch(client, queries, cluster.index());
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        index.atStartup();
    }

    /**
     * Follows the change log; while the cluster cannot be reached, or refuses what it is sent, says so once, not
     * every second (each drain tries again, and checks the index first after a refusal).
     */
    @Scheduled(fixedDelayString = "${educloud.library.index-drain-delay:1s}",
            initialDelayString = "${educloud.library.index-drain-delay:1s}")
    void follow() {
        try {
            index.drain();
            if (!reachable) {
                LOG.info("The search cluster can be reached again");
                reachable = true;
            }
            if (failing) {
                LOG.info("The OpenSearch index {} follows the change log again", index.follower());
                failing = false;
            }
        } catch (SearchUnavailableException e) {
            if (reachable) {
                LOG.warn("The search cluster cannot be reached; the index follows the change log once it can be",
                        e.getCause());
                reachable = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.error("The OpenSearch index {} could not follow the change log; tried again every drain, and"
                        + " said again once it works", index.follower(), e);
                failing = true;
            } else {
                LOG.debug("The OpenSearch index {} still cannot follow the change log", index.follower(), e);
            }
        }
    }

    @Override
    public SearchResults search(@Nullable Scope scope, ResourceQuery query, int page, int size) {
        return search.search(scope, query, page, size);
    }

    @Override
    public int drain() {
        return index.drain();
    }

    @Override
    public long rebuild() {
        return index.rebuild(true);
    }

    /** The index's name in the change log. */
    String follower() {
        return index.follower();
    }

    /** Whether the cluster's index matches this database and mapping. */
    boolean current() {
        return index.current();
    }
}
