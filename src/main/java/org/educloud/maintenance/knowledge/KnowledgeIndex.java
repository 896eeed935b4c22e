package org.educloud.maintenance.knowledge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.educloud.maintenance.ArticleKind;
import org.educloud.shared.PageSlice;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The knowledge base's Lucene index on this node's disk (beside the library's, under the configured data directory).
 * Every change of an article bumps one revision number in the database; a search first compares it with the revision
 * this node's index was built at and rebuilds the index from the database when they differ. A knowledge base holds
 * hundreds of articles, not millions, so a rebuild takes a moment, and every node of a cluster (each with its own
 * index) catches up with a change made on another, or with a database restored under it, without an outbox.
 */
@Component
class KnowledgeIndex {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeIndex.class);
    private static final List<String> TEXT_FIELDS = List.of("title", "symptom", "fixHtml", "tags");

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private volatile long indexedRevision = -1;

    KnowledgeIndex(EntityManagerFactory entityManagerFactory, EntityManager entityManager, JdbcClient jdbc) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /** Marks a change in the caller's transaction: every node's index is out of date once it commits. */
    void changed() {
        jdbc.sql("UPDATE maintenance.knowledge_revision SET revision = revision + 1 WHERE id = 1").update();
    }

    /**
     * The articles in reach matching the words (all of them, each as Chinese words or as bigrams), best first; without
     * words, the latest changed first. Called inside a read-only transaction.
     */
    PageSlice<ArticleView> search(KnowledgeReach reach, @Nullable String words, @Nullable ArticleKind kind, int page,
                                  int size) {
        catchUp();
        int safePage = PageSlice.safePage(page);
        boolean byWords = words != null && !words.isBlank();
        SearchResult<KnowledgeArticle> result = Search.session(entityManager).search(KnowledgeArticle.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (byWords) {
                        root.add(f.simpleQueryString().fields(TEXT_FIELDS.toArray(String[]::new))
                                .matching(words.strip()).defaultOperator(BooleanOperator.AND));
                    }
                    if (kind != null) {
                        root.add(f.match().field("kind").matching(kind));
                    }
                    root.add(f.or().with(or -> {
                        or.add(f.terms().field("ownerPath").matchingAny(List.copyOf(reach.filedAt())));
                        reach.filedBelow().forEach(p -> or.add(f.wildcard().field("ownerPath").matching(p + "*")));
                    }));
                })
                .sort(f -> byWords ? f.score().then().field("updatedAt").desc() : f.field("updatedAt").desc())
                .fetch(safePage * size, size);
        return new PageSlice<>(result.hits().stream().map(KnowledgeArticle::view).toList(), safePage, size,
                result.total().hitCount());
    }

    /** Rebuilds this node's index if the database has changed since it was built. */
    void catchUp() {
        long revision = revision();
        if (revision != indexedRevision) {
            rebuild(revision);
        }
    }

    private synchronized void rebuild(long revision) {
        if (revision == indexedRevision) {
            return;
        }
        try {
            Search.mapping(entityManagerFactory).scope(KnowledgeArticle.class).massIndexer()
                    .threadsToLoadObjects(1).purgeAllOnStart(true).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the knowledge index", e);
        }
        indexedRevision = revision;
        LOG.debug("Knowledge index rebuilt at revision {}", revision);
    }

    private long revision() {
        return jdbc.sql("SELECT revision FROM maintenance.knowledge_revision WHERE id = 1").query(Long.class).single();
    }
}
