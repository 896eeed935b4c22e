package org.educloud.library.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.educloud.library.resources.Resource;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps this node's Lucene index equal to the database, on every node of an installation (ADR 12, ADR 32).
 * <p>
 * A change to a resource queues its id in the outbox, in the changing transaction. Every second, one node at a time
 * (an advisory lock) moves the outbox's committed rows into the change log, which numbers them in the order its
 * moves commit; then every node indexes the log past its own cursor and moves the cursor, after the index has
 * committed its writes (a crash in between repeats an idempotent write). Entries every live node has passed are
 * pruned; a node absent longer than {@code educloud.library.node-absent-after} loses its place and rebuilds when it
 * comes back.
 * <p>
 * The index is rebuilt from the database at start-up when it was built from another database or with another
 * mapping (or not at all), or when this node has no place in the log; operators can rebuild it on demand. Used when
 * the library's search engine is the embedded Lucene (the default); {@link OpenSearchIndex} is the other follower.
 */
@Service
@ConditionalOnProperty(name = "educloud.library.search.engine", havingValue = "lucene", matchIfMissing = true)
class SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
    /** Raise when the index mapping or analysis changes: indexes built with an older one are rebuilt at start-up. */
    static final int MAPPING_VERSION = 4;

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SearchChangeLog log;
    private final Path marker;
    private final String node;
    private final Duration absentAfter;
    private Instant prunedAt = Instant.EPOCH;
    /** Set once the start-up check has run: the scheduler may fire before, while the demo is still loading. */
    private volatile boolean started;

    SearchIndex(EntityManagerFactory entityManagerFactory, EntityManager entityManager, JdbcClient jdbc,
                TransactionTemplate transactions, SearchChangeLog log,
                @Value("${educloud.library.index-directory:${educloud.library.directory:data/files}/index}")
                Path indexDirectory,
                @Value("${educloud.library.node-id:}") String configuredNode,
                @Value("${educloud.library.node-absent-after:1h}") Duration absentAfter) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.log = log;
        this.marker = indexDirectory.resolve("generation");
        this.node = configuredNode.isBlank() ? SearchNodeId.of(indexDirectory) : configuredNode;
        this.absentAfter = absentAfter;
    }

    /** This node's name in the change log. */
    String node() {
        return node;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void atStartup() {
        if (!generation().equals(onDisk())) {
            LOG.info("The search index does not match this database or mapping; rebuilding it");
            rebuild();
        } else if (log.place(node).isEmpty()) {
            LOG.info("This node ({}) has no place in the search change log (it is new, or was away longer than {});"
                    + " rebuilding its index", node, absentAfter);
            rebuild();
        }
        started = true;
        drain();
    }

    /**
     * Numbers the outbox's committed changes (unless another node is doing so) and indexes every change of the log
     * this node has not yet; returns how many changes it indexed.
     */
    @Scheduled(fixedDelayString = "${educloud.library.index-drain-delay:1s}", initialDelayString = "${educloud.library.index-drain-delay:1s}")
    public synchronized int drain() {
        if (!started) {
            return 0;
        }
        log.sequence();
        Optional<Long> place = log.place(node);
        if (place.isEmpty()) {
            LOG.warn("This node ({}) lost its place in the search change log (it was not seen for longer than {});"
                    + " rebuilding its index", node, absentAfter);
            rebuild();
            place = log.place(node);
        }
        int total = 0;
        long through = place.orElseThrow();
        for (List<SearchChangeLog.Change> changes; !(changes = log.after(through)).isEmpty(); ) {
            index(changes);
            through = changes.getLast().seq();
            log.passed(node, through);
            total += changes.size();
        }
        if (Instant.now().isAfter(prunedAt.plus(PRUNE_EVERY))) {
            prune();
        }
        return total;
    }

    /** Writes the changed resources' documents (or removes them) and commits the index before the cursor moves. */
    private void index(List<SearchChangeLog.Change> changes) {
        transactions.execute(status -> {
            SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
            for (Long id : changes.stream().map(SearchChangeLog.Change::resourceId).distinct().toList()) {
                Resource resource = entityManager.find(Resource.class, id);
                if (resource == null) {
                    plan.purge(Resource.class, id, null);
                } else {
                    plan.addOrUpdate(resource);
                }
            }
            plan.execute();
            entityManager.clear();
            return null;
        });
        Search.mapping(entityManagerFactory).scope(Resource.class).workspace().flush();
    }

    /** Drops what every live node has indexed, and the places of nodes away too long (they rebuild on return). */
    synchronized void prune() {
        prunedAt = Instant.now();
        log.prune(absentAfter);
    }

    /**
     * Rebuilds the whole index from the database, after taking this node's place at the log's end
     * ({@link SearchChangeLog#placeAtEnd}). The marker is removed meanwhile, so a rebuild cut short is done again
     * at the next start.
     */
    synchronized long rebuild() {
        deleteMarker();
        long through = log.placeAtEnd(node);
        try {
            Search.mapping(entityManagerFactory).scope(Resource.class).massIndexer()
                    .threadsToLoadObjects(1).batchSizeToLoadObjects(100).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuilding the search index was interrupted", e);
        }
        writeMarker(generation());
        long indexed = jdbc.sql("SELECT count(*) FROM library.resource").query(Long.class).single();
        LOG.info("Search index of node {} rebuilt: {} resources, following the change log after {}", node, indexed,
                through);
        return indexed;
    }

    private String generation() {
        return log.generation() + "/mapping-" + MAPPING_VERSION;
    }

    private String onDisk() {
        try {
            return Files.exists(marker) ? Files.readString(marker).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private void deleteMarker() {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the search index's generation", e);
        }
    }

    private void writeMarker(String generation) {
        try {
            Files.createDirectories(marker.getParent());
            Path temporary = marker.resolveSibling("generation.tmp");
            Files.writeString(temporary, generation);
            Files.move(temporary, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the search index's generation", e);
        }
    }
}
