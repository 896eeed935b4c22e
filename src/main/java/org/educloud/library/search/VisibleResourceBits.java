package org.educloud.library.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Which indexed resources a caller may find, kept as one bit set per index segment and caller. The rule itself is
 * a disjunction of several path terms and the author over about half the index; evaluating it for every search
 * was a third of a search's cost at a million resources, while its answer only changes when a segment does.
 * Segments never change once written (an update adds a new document elsewhere and deletes the old one, and the
 * searcher skips deleted documents), so an entry stays right for as long as its segment lives and is dropped when
 * the segment closes. The least recently used entries go first when the memory budget is reached.
 */
final class VisibleResourceBits {

    private final long budgetBytes;
    private final Map<Key, FixedBitSet> bits = new LinkedHashMap<>(64, 0.75f, true);
    /** Segments whose closing this cache listens for. */
    private final Set<Object> watched = new HashSet<>();
    private long usedBytes;

    VisibleResourceBits(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /**
     * A filter matching what {@code rule} matches, from the cache.
     *
     * @param audience names the rule: callers with the same audience see the same resources
     */
    Query filter(String audience, Query rule) {
        return new CachedRule(audience, rule);
    }

    private FixedBitSet bitsOf(LeafReaderContext segment, String audience, IndexSearcher searcher, Query rule)
            throws IOException {
        IndexReader.CacheHelper core = segment.reader().getCoreCacheHelper();
        Key key = new Key(core == null ? segment.reader() : core.getKey(), audience);
        synchronized (this) {
            FixedBitSet cached = bits.get(key);
            if (cached != null) {
                return cached;
            }
        }
        FixedBitSet computed = new FixedBitSet(segment.reader().maxDoc());
        // only evaluated when a segment misses the cache
        Scorer scorer = searcher.createWeight(searcher.rewrite(rule), ScoreMode.COMPLETE_NO_SCORES, 1f)
                .scorer(segment);
        if (scorer != null) {
            computed.or(scorer.iterator());
        }
        if (core != null) {
            remember(key, computed, core);
        }
        return computed;
    }

    private synchronized void remember(Key key, FixedBitSet computed, IndexReader.CacheHelper core) {
        if (bits.containsKey(key)) {
            return;
        }
        bits.put(key, computed);
        usedBytes += computed.ramBytesUsed();
        if (watched.add(key.segment())) {
            core.addClosedListener(this::forget);
        }
        Iterator<Map.Entry<Key, FixedBitSet>> oldest = bits.entrySet().iterator();
        while (usedBytes > budgetBytes && oldest.hasNext()) {
            Map.Entry<Key, FixedBitSet> entry = oldest.next();
            if (!entry.getKey().equals(key)) {
                usedBytes -= entry.getValue().ramBytesUsed();
                oldest.remove();
            }
        }
    }

    private synchronized void forget(Object segment) {
        watched.remove(segment);
        Iterator<Map.Entry<Key, FixedBitSet>> entries = bits.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Key, FixedBitSet> entry = entries.next();
            if (entry.getKey().segment() == segment) {
                usedBytes -= entry.getValue().ramBytesUsed();
                entries.remove();
            }
        }
    }

    private record Key(Object segment, String audience) {
    }

    private final class CachedRule extends SegmentBitsFilter {

        private final String audience;
        private final Query rule;

        CachedRule(String audience, Query rule) {
            this.audience = audience;
            this.rule = rule;
        }

        @Override
        DocIdSetIterator matching(IndexSearcher searcher, LeafReaderContext segment) throws IOException {
            FixedBitSet visible = bitsOf(segment, audience, searcher, rule);
            return new BitSetIterator(visible, visible.approximateCardinality());
        }

        @Override
        public String toString(String field) {
            return "visibleTo(" + audience + ")";
        }

        @Override
        public boolean equals(Object other) {
            return sameClassAs(other) && audience.equals(((CachedRule) other).audience);
        }

        @Override
        public int hashCode() {
            return Objects.hash(classHash(), audience);
        }
    }
}
