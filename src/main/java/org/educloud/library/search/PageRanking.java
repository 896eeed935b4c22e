package org.educloud.library.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.jspecify.annotations.Nullable;

/**
 * The first {@code wanted} of a search's matched resources, in the page's order. Ranking runs after the facet pass,
 * among the resources that pass found ({@link Hits}), and asks Lucene for the top hits only, so it may skip every
 * block of postings that cannot reach the page (ADR 14): a search with a hundred thousand hits ranks a few thousand.
 * <p>
 * By relevance, resources that contain the searched words as words (the smartcn reading) come first, best score
 * first; those matched only through their bigrams (中华 inside 中华人民共和国) follow, by their bigram score. The
 * second tier is ranked only when the first does not fill the page.
 */
final class PageRanking {

    private PageRanking() {
    }

    /**
     * Which resources the page is ranked among: those the facet pass marked, or, where it marked none, those the
     * searched words find together with this filter (the visibility rule, and featured when asked for).
     *
     * @param exact whether the filter alone is the search's hits, words included
     */
    record Hits(Query filter, boolean exact) {

        /** The hits the facet pass marked because a facet selection narrowed them. */
        static Hits marked(MatchedResources matched) {
            return new Hits(matched, true);
        }

        /** The hits are the searched words' matches that pass this filter. */
        static Hits of(Query filter) {
            return new Hits(filter, false);
        }
    }

    /**
     * @param words    what a resource must match (null when the search has no words)
     * @param byWords  the words reading alone, the first tier (null when the words have no such reading)
     * @param found    how many resources the search matched
     */
    static ScoreDoc[] top(IndexSearcher searcher, Hits hits, @Nullable Query words, @Nullable Query byWords,
                          @Nullable Sort sort, int wanted, long found) throws IOException {
        if (found == 0 || wanted == 0) {
            return new ScoreDoc[0];
        }
        if (sort != null) {
            // an order without scores needs the words only where the filter does not already hold their answer
            Query among = words == null || hits.exact() && !sort.needsScores() ? hits.filter()
                    : among(words, hits).build();
            return searcher.search(among, new TopFieldCollectorManager(sort, wanted, null, wanted)).scoreDocs;
        }
        if (words == null) {
            throw new IllegalArgumentException("ranking by relevance needs words");
        }
        ScoreDoc[] first = byWords == null ? new ScoreDoc[0]
                : ranked(searcher, among(byWords, hits).build(), wanted);
        if (first.length == wanted || first.length == found || words.equals(byWords)) {
            return first;
        }
        BooleanQuery.Builder rest = among(words, hits);
        if (byWords != null) {
            rest.add(byWords, BooleanClause.Occur.MUST_NOT);
        }
        ScoreDoc[] second = ranked(searcher, rest.build(), wanted - first.length);
        ScoreDoc[] page = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, page, first.length, second.length);
        return page;
    }

    private static BooleanQuery.Builder among(Query scored, Hits hits) {
        return new BooleanQuery.Builder().add(scored, BooleanClause.Occur.MUST)
                .add(hits.filter(), BooleanClause.Occur.FILTER);
    }

    private static ScoreDoc[] ranked(IndexSearcher searcher, Query query, int top) throws IOException {
        // counting no further than the page lets Lucene skip blocks whose best score cannot enter it
        TopDocs docs = searcher.search(query, new TopScoreDocCollectorManager(top, null, top));
        return docs.scoreDocs;
    }
}
