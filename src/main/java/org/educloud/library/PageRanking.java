package org.educloud.library;

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
 * among the resources that pass marked, and asks Lucene for the top hits only, so it may skip every block of
 * postings that cannot reach the page (ADR 14): a search with a hundred thousand hits ranks a few thousand.
 * <p>
 * By relevance, resources that contain the searched words as words (the smartcn reading) come first, best score
 * first; those matched only through their bigrams (中华 inside 中华人民共和国) follow, by their bigram score. The
 * second tier is ranked only when the first does not fill the page.
 */
final class PageRanking {

    private PageRanking() {
    }

    /**
     * @param words    what a resource must match (null when the search has no words)
     * @param byWords  the words reading alone, the first tier (null when the words have no such reading)
     * @param hits     how many resources the search matched
     */
    static ScoreDoc[] top(IndexSearcher searcher, MatchedResources matched, @Nullable Query words,
                          @Nullable Query byWords, @Nullable Sort sort, int wanted, long hits) throws IOException {
        if (hits == 0 || wanted == 0) {
            return new ScoreDoc[0];
        }
        if (sort != null) {
            Query among = words == null ? matched : among(words, matched).build();
            return searcher.search(among, new TopFieldCollectorManager(sort, wanted, null, wanted)).scoreDocs;
        }
        if (words == null) {
            throw new IllegalArgumentException("ranking by relevance needs words");
        }
        ScoreDoc[] first = byWords == null ? new ScoreDoc[0]
                : ranked(searcher, among(byWords, matched).build(), wanted);
        if (first.length == wanted || first.length == hits || words.equals(byWords)) {
            return first;
        }
        BooleanQuery.Builder rest = among(words, matched);
        if (byWords != null) {
            rest.add(byWords, BooleanClause.Occur.MUST_NOT);
        }
        ScoreDoc[] second = ranked(searcher, rest.build(), wanted - first.length);
        ScoreDoc[] page = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, page, first.length, second.length);
        return page;
    }

    private static BooleanQuery.Builder among(Query scored, MatchedResources matched) {
        return new BooleanQuery.Builder().add(scored, BooleanClause.Occur.MUST).add(matched, BooleanClause.Occur.FILTER);
    }

    private static ScoreDoc[] ranked(IndexSearcher searcher, Query query, int top) throws IOException {
        // counting no further than the page lets Lucene skip blocks whose best score cannot enter it
        TopDocs docs = searcher.search(query, new TopScoreDocCollectorManager(top, null, top));
        return docs.scoreDocs;
    }
}
