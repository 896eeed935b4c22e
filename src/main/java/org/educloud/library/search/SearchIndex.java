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
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
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
 * mapping (or not at all), or when this node has no place in the log; operators can rebuild it on demand.
 */
@Service
class SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final int BATCH = 200;
    private static final int MOVES = 1000;
    /** The advisory lock of the one node that numbers the outbox's rows; any number no other lock uses. */
    private static final long SEQUENCER_LOCK = 0x4564_7543_6C64_5345L;
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
    /** Raise when the index mapping or analysis changes: indexes built with an older one are rebuilt at start-up. */
    static final int MAPPING_VERSION = 4;

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Path marker;
    private final String node;
    private final Duration absentAfter;
    private Instant prunedAt = Instant.EPOCH;
    /** Set once the start-up check has run: the scheduler may fire before, while the demo is still loading. */
    private volatile boolean started;

    SearchIndex(EntityManagerFactory entityManagerFactory, EntityManager entityManager, JdbcClient jdbc,
                TransactionTemplate transactions, ApplicationEventPublisher events,
                @Value("${educloud.library.index-directory:${educloud.library.directory:data/files}/index}")
                Path indexDirectory,
                @Value("${educloud.library.node-id:}") String configuredNode,
                @Value("${educloud.library.node-absent-after:1h}") Duration absentAfter) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
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
        } else if (cursor().isEmpty()) {
            LOG.info("This node ({}) has no place in the search change log (it is new, or was away longer than {});"
                    + " rebuilding its index", node, absentAfter);
            rebuild();
        }
        started = true;
        drain();
    }

    /** Rebuilds the whole index from the database (platform operators). */
    long reindex(Scope scope) {
        if (!scope.isOperator()) {
            throw new ForbiddenException("library.error.reindexForbidden");
        }
        long indexed = rebuild();
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "library.index.rebuilt", "resource",
                OrgPath.ROOT, indexed + " resources"));
        return indexed;
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
        sequence();
        Optional<Long> cursor = cursor();
        if (cursor.isEmpty()) {
            LOG.warn("This node ({}) lost its place in the search change log (it was not seen for longer than {});"
                    + " rebuilding its index", node, absentAfter);
            rebuild();
            cursor = cursor();
        }
        int total = 0;
        long through = cursor.orElseThrow();
        for (List<Change> changes; !(changes = changesAfter(through)).isEmpty(); ) {
            index(changes);
            through = changes.getLast().seq();
            jdbc.sql("UPDATE library.search_node SET applied_through = ? WHERE node_id = ?")
                    .params(through, node).update();
            total += changes.size();
        }
        if (Instant.now().isAfter(prunedAt.plus(PRUNE_EVERY))) {
            prune();
        }
        return total;
    }

    record Change(long seq, long resourceId) {
    }

    /**
     * Moves committed outbox rows into the log. The advisory lock is held until the move commits, so the numbers of
     * one move are visible only after every smaller one's: a node that has read number n has read all below it.
     * A node finding another one moving waits for it, so that its own drain sees those changes too.
     * Rows a transaction still holds (it changed the resource again) are skipped until it commits.
     */
    private void sequence() {
        for (Integer moved = MOVES; moved != null && moved == MOVES; ) {
            moved = transactions.execute(status -> {
                // wait for a move another node is making (it is short) rather than skip it: a drain then indexes
                // every change committed before it began, whichever node numbered it
                jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(SEQUENCER_LOCK).query((rs, n) -> 1).list();
                return jdbc.sql("""
                        WITH taken AS (
                            DELETE FROM library.search_outbox WHERE resource_id IN (
                                SELECT resource_id FROM library.search_outbox ORDER BY queued_at LIMIT ?
                                FOR UPDATE SKIP LOCKED)
                            RETURNING resource_id, queued_at)
                        INSERT INTO library.search_change (resource_id)
                        SELECT resource_id FROM taken ORDER BY queued_at
                        """).param(MOVES).update();
            });
        }
    }

    /** This node's cursor, touched so that other nodes know it is alive; empty when it has no place in the log. */
    private Optional<Long> cursor() {
        return jdbc.sql("UPDATE library.search_node SET seen_at = now() WHERE node_id = ? RETURNING applied_through")
                .param(node).query(Long.class).optional();
    }

    private List<Change> changesAfter(long seq) {
        return jdbc.sql("SELECT seq, resource_id FROM library.search_change WHERE seq > ? ORDER BY seq LIMIT ?")
                .params(seq, BATCH).query(Change.class).list();
    }

    /** Writes the changed resources' documents (or removes them) and commits the index before the cursor moves. */
    private void index(List<Change> changes) {
        transactions.execute(status -> {
            SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
            for (Long id : changes.stream().map(Change::resourceId).distinct().toList()) {
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
        String away = absentAfter.toSeconds() + " seconds";
        int gone = jdbc.sql("DELETE FROM library.search_node WHERE seen_at < now() - CAST(? AS interval)")
                .param(away).update();
        if (gone > 0) {
            LOG.info("{} search nodes were away longer than {}: they rebuild their index when they return", gone,
                    absentAfter);
        }
        jdbc.sql("""
                DELETE FROM library.search_change WHERE seq <= (SELECT min(applied_through) FROM library.search_node
                                                            WHERE seen_at >= now() - CAST(? AS interval))
                """).param(away).update();
    }

    /**
     * Rebuilds the whole index from the database. The node's place is taken first, at the end of the log as it
     * stands once the outbox's committed rows are numbered: every change up to there is in the database the
     * rebuild reads, and the changes after it are kept for this node (and indexed again, which is harmless). The
     * marker is removed meanwhile, so a rebuild cut short is done again at the next start.
     */
    private synchronized long rebuild() {
        deleteMarker();
        sequence();
        long through = jdbc.sql("SELECT coalesce(max(seq), 0) FROM library.search_change").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO library.search_node (node_id, applied_through, seen_at, rebuilt_at)
                VALUES (?, ?, now(), now())
                ON CONFLICT (node_id) DO UPDATE SET applied_through = excluded.applied_through, seen_at = now(),
                                                    rebuilt_at = now()
                """).params(node, through).update();
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
        return jdbc.sql("SELECT generation::text FROM library.search_index_state WHERE id = 1")
                .query(String.class).single() + "/mapping-" + MAPPING_VERSION;
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
