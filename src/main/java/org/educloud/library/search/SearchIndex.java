package org.educloud.library.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.educloud.library.resources.Resource;
import org.educloud.library.storage.LibraryProperties;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the Lucene index equal to the database. Changes reach it through the outbox, drained every second and at
 * start-up; a crash between a commit and its index write leaves the resource queued, so it is indexed when the
 * platform is back. An index on disk that was built from another database or with another mapping (or not built at
 * all) is rebuilt from the database at start-up, and operators can rebuild it on demand.
 */
@Service
class SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final int BATCH = 200;
    /** Raise when the index mapping or analysis changes: indexes built with an older one are rebuilt at start-up. */
    static final int MAPPING_VERSION = 4;

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Path marker;

    SearchIndex(EntityManagerFactory entityManagerFactory, EntityManager entityManager, JdbcClient jdbc,
                TransactionTemplate transactions, ApplicationEventPublisher events, LibraryProperties properties) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.marker = properties.directory().resolve("index").resolve("generation");
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        String generation = jdbc.sql("SELECT generation::text FROM library.search_index_state WHERE id = 1")
                .query(String.class).single() + "/mapping-" + MAPPING_VERSION;
        if (!generation.equals(onDisk())) {
            LOG.info("The search index does not match this database or mapping; rebuilding it");
            rebuild();
            writeMarker(generation);
        }
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

    /** Indexes every queued change now; returns how many resources were (re)indexed. */
    @Scheduled(fixedDelayString = "${educloud.library.index-drain-delay:1s}", initialDelayString = "${educloud.library.index-drain-delay:1s}")
    public synchronized int drain() {
        int total = 0;
        for (int done; (done = batch()) > 0; ) {
            total += done;
        }
        return total;
    }

    private int batch() {
        Integer done = transactions.execute(status -> {
            List<Long> ids = jdbc.sql("SELECT resource_id FROM library.search_outbox ORDER BY queued_at LIMIT ? "
                    + "FOR UPDATE SKIP LOCKED").param(BATCH).query(Long.class).list();
            if (ids.isEmpty()) {
                return 0;
            }
            SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
            for (Long id : ids) {
                Resource resource = entityManager.find(Resource.class, id);
                if (resource == null) {
                    plan.purge(Resource.class, id, null);
                } else {
                    plan.addOrUpdate(resource);
                }
            }
            plan.execute();
            jdbc.sql("DELETE FROM library.search_outbox WHERE resource_id = ANY(CAST(? AS bigint[]))")
                    .param(ids.toArray(Long[]::new)).update();
            entityManager.clear();
            return ids.size();
        });
        return done == null ? 0 : done;
    }

    private synchronized long rebuild() {
        Instant started = Instant.now();
        try {
            Search.mapping(entityManagerFactory).scope(Resource.class).massIndexer()
                    .threadsToLoadObjects(1).batchSizeToLoadObjects(100).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuilding the search index was interrupted", e);
        }
        // changes queued before the rebuild began are in it; later ones stay queued
        jdbc.sql("DELETE FROM library.search_outbox WHERE queued_at < ?").param(Timestamp.from(started)).update();
        long indexed = jdbc.sql("SELECT count(*) FROM library.resource").query(Long.class).single();
        LOG.info("Search index rebuilt: {} resources", indexed);
        return indexed;
    }

    private String onDisk() {
        try {
            return Files.exists(marker) ? Files.readString(marker).strip() : "";
        } catch (IOException e) {
            return "";
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
