package org.educloud.library.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.jspecify.annotations.Nullable;

/**
 * A filter whose answer the library already holds as a bit set per index segment. Lucene's own query cache is
 * kept out: these sets are either cached by the library or valid for one search only.
 */
abstract class SegmentBitsFilter extends Query {

    /** The segment's matching documents, or null when none match. */
    abstract @Nullable DocIdSetIterator matching(IndexSearcher searcher, LeafReaderContext segment) throws IOException;

    @Override
    public final Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext segment) throws IOException {
                DocIdSetIterator matches = matching(searcher, segment);
                return matches == null ? null : new ConstantScoreScorer(this, score(), scoreMode, matches);
            }

            @Override
            public boolean isCacheable(LeafReaderContext segment) {
                return false;
            }
        };
    }

    @Override
    public final void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }
}
