package org.educloud.library.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.educloud.library.ResourceQuery;
import org.educloud.library.ReviewStatus;
import org.educloud.library.SearchResults;
import org.educloud.library.Sharing;
import org.educloud.library.resources.Resource;
import org.educloud.library.resources.ResourceAccess;
import org.educloud.library.resources.ResourceQueries;
import org.educloud.library.storage.LibraryProperties;
import org.educloud.shared.PageSlice;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Full-text search over published resources. Hibernate Search maps resources to the index and keeps it current;
 * searches read that Lucene index directly, because at a million resources the general query path spent most of
 * its time on work a library search does not need (ADR 14):
 * <ul>
 *   <li>who may see what is a bit set per segment and audience ({@link VisibleResourceBits}), not a disjunction
 *       evaluated per search;</li>
 *   <li>the seven facets are counted, and facet selections checked, from one packed number per resource
 *       ({@link FacetColumns}) in a pass without scores, which marks the hits when a facet value is selected
 *       (past fifty thousand hits, by default, the facets are counted over a sample and shown as estimates); the
 *       page is then ranked among the hits by a pass that may skip what cannot reach it ({@link PageRanking});</li>
 *   <li>words are looked up in one field holding each text's words and bigrams, where titles appear twice, so
 *       most searched words are a single term ({@link WordQueries});</li>
 *   <li>the page's titles are marked with the query's words only ({@link TitleMarks}).</li>
 * </ul>
 */
@Component
@ConditionalOnProperty(name = "educloud.library.search.engine", havingValue = "lucene", matchIfMissing = true)
class LuceneSearch {

    /** Hibernate Search keeps each document's identifier in this doc-values field. */
    private static final String ID_FIELD = "__HSEARCH_id_docvalue";
    private static final long VISIBILITY_CACHE_BYTES = 64L * 1024 * 1024;

    private final EntityManagerFactory entityManagerFactory;
    private final ResourceQueries queries;
    private final VisibleResourceBits visibility = new VisibleResourceBits(VISIBILITY_CACHE_BYTES);
    private final FacetColumns facetColumns = new FacetColumns();
    /** Above this many hits, the facet counts are estimated from a sample ({@link FacetColumns}). */
    private final long exactCountsUpTo;
    private volatile @Nullable WordQueries builtWordQueries;

    LuceneSearch(EntityManagerFactory entityManagerFactory, ResourceQueries queries, LibraryProperties properties) {
        this.entityManagerFactory = entityManagerFactory;
        this.queries = queries;
        this.exactCountsUpTo = properties.exactCountsUpTo();
    }

    SearchResults search(@Nullable Scope scope, ResourceQuery query, int page, int size) {
        int safePage = PageSlice.safePage(page);
        WordQueries wordQueries = wordQueries();
        Query words = query.hasText() ? wordQueries.matching(query.text().strip()) : null;
        Query byWords = query.hasText() ? wordQueries.byWords(query.text().strip()) : null;
        BooleanQuery.Builder seen = new BooleanQuery.Builder().add(visibleTo(scope), BooleanClause.Occur.FILTER);
        if (query.featured()) {
            // booleans are indexed as the integers 1 and 0
            seen.add(IntPoint.newExactQuery("featured", 1), BooleanClause.Occur.FILTER);
        }
        Query visible = seen.build();
        Query matches = new BooleanQuery.Builder()
                .add(words != null ? words : new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                .add(visible, BooleanClause.Occur.FILTER).build();
        Map<String, String> selected = FacetColumns.selected(query);
        Found found;
        try {
            found = find(matches, visible, words, byWords, selected, sort(query, words != null), safePage, size);
        } catch (IOException e) {
            throw new UncheckedIOException("the library's search index could not be read", e);
        } catch (IndexSearcher.TooManyClauses e) {
            // fuzzy words expanded past Lucene's limit: the person can search with fewer
            throw new RuleViolationException(WordQueries.TOO_COMPLEX);
        }
        FacetColumns.Counts counts = found.counts();
        TitleMarks.Marking marking = words == null ? null
                : wordQueries.marks().of(WordQueries.terms(words, byWords));
        return FoundPage.of(queries, found.ids(), counts.hits(), counts.facets(), counts.estimated(), marking,
                safePage, size);
    }

    /** What the index passes found: the facet counts and the identifiers of the page's resources, in order. */
    private record Found(FacetColumns.Counts counts, List<Long> ids) {
    }

    /**
     * The index passes of a search: the facet pass visits every hit without scoring (counting the facets of a
     * sample of them when they are very many), and marks the hits where a facet selection narrowed them; the page
     * is then ranked among them.
     */
    private Found find(Query matches, Query visible, @Nullable Query words, @Nullable Query byWords,
                       Map<String, String> selected, @Nullable Sort sort, int page, int size) throws IOException {
        try (IndexReader reader = mapping().scope(Resource.class).extension(LuceneExtension.get()).openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            // visibility is cached by the library itself; Lucene's default cache would keep copies of it
            searcher.setQueryCache(null);
            MatchedResources matched = selected.isEmpty() ? null : new MatchedResources(reader.leaves().size());
            FacetColumns.Counts counts = facetColumns.count(searcher, matches, selected, matched, exactCountsUpTo);
            PageRanking.Hits among = matched != null ? PageRanking.Hits.marked(matched) : PageRanking.Hits.of(visible);
            ScoreDoc[] top = PageRanking.top(searcher, among, words, byWords, sort, (page + 1) * size, counts.hits());
            return new Found(counts, ids(reader, top, page * size));
        }
    }

    /** The order of the page, or null for relevance alone (equally relevant resources then come in index order). */
    private static @Nullable Sort sort(ResourceQuery query, boolean hasWords) {
        SortField newest = new SortedNumericSortField("publishedAt", SortField.Type.LONG, true);
        return switch (query.sort() == null ? ResourceQuery.Sort.RELEVANCE : query.sort()) {
            case NEWEST -> hasWords ? new Sort(newest, SortField.FIELD_SCORE) : new Sort(newest);
            case MOST_USED -> new Sort(new SortedNumericSortField("usage", SortField.Type.LONG, true), newest);
            case RATING -> new Sort(new SortedNumericSortField("rating", SortField.Type.DOUBLE, true),
                    new SortedNumericSortField("usage", SortField.Type.LONG, true));
            case RELEVANCE -> hasWords ? null : new Sort(newest);
        };
    }

    private static List<Long> ids(IndexReader reader, ScoreDoc[] top, int from) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        List<Long> ids = new ArrayList<>();
        for (int i = from; i < top.length; i++) {
            ScoreDoc hit = top[i];
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            BinaryDocValues id = leaf.reader().getBinaryDocValues(ID_FIELD);
            if (id != null && id.advanceExact(hit.doc - leaf.docBase)) {
                ids.add(Long.parseLong(id.binaryValue().utf8ToString()));
            }
        }
        return ids;
    }

    /**
     * The visibility rule of {@link ResourceAccess} for published resources, as a cached filter: callers with the
     * same identity, reach and administered subtrees share it.
     */
    private Query visibleTo(@Nullable Scope scope) {
        Query published = new TermQuery(new Term("status", ReviewStatus.PUBLISHED.name()));
        BooleanQuery.Builder rule = new BooleanQuery.Builder().add(published, BooleanClause.Occur.FILTER);
        if (scope == null) {
            rule.add(new TermQuery(new Term("sharing", Sharing.PUBLIC.name())), BooleanClause.Occur.FILTER);
            return visibility.filter("public", rule.build());
        }
        String[] reach = ResourceAccess.reach(scope);
        Set<String> below = new TreeSet<>();
        scope.visiblePaths().forEach(path -> below.add(path.value()));
        BooleanQuery.Builder where = new BooleanQuery.Builder();
        where.add(new TermInSetQuery("sharePath", Arrays.stream(reach).map(BytesRef::new).toList()),
                BooleanClause.Occur.SHOULD);
        for (String path : below) {
            where.add(new PrefixQuery(new Term("sharePath", path)), BooleanClause.Occur.SHOULD);
        }
        Query shared = new BooleanQuery.Builder()
                .add(where.build(), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term("sharing", Sharing.PRIVATE.name())), BooleanClause.Occur.MUST_NOT)
                .build();
        Query seen = new BooleanQuery.Builder()
                .add(LongPoint.newExactQuery("authorId", scope.userId().value()), BooleanClause.Occur.SHOULD)
                .add(shared, BooleanClause.Occur.SHOULD)
                .build();
        rule.add(seen, BooleanClause.Occur.FILTER);
        String audience = scope.userId().value() + "|" + String.join(",", new TreeSet<>(List.of(reach))) + "|"
                + String.join(",", below);
        return visibility.filter(audience, rule.build());
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }

    private WordQueries wordQueries() {
        WordQueries known = builtWordQueries;
        if (known == null) {
            LuceneBackend backend = mapping().backend().unwrap(LuceneBackend.class);
            known = new WordQueries(analyzer(backend, LibraryAnalysis.WORDS),
                    analyzer(backend, LibraryAnalysis.BIGRAMS), analyzer(backend, LibraryAnalysis.BIGRAMS_QUERY));
            builtWordQueries = known;
        }
        return known;
    }

    private static Analyzer analyzer(LuceneBackend backend, String name) {
        return backend.analyzer(name).orElseThrow(() -> new IllegalStateException("no analyzer " + name));
    }
}
