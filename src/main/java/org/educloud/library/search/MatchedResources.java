package org.educloud.library.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * The resources one search matched, one bit set per segment of the reader it ran on, as a filter. The facet pass
 * fills it when a facet selection narrowed the search, since the index cannot find those hits again by itself;
 * ranking the page then reads it instead of evaluating the visibility rule, the facet selections and the words a
 * second time. Without a selection the words and the visibility rule find the hits again as cheaply, and marking
 * every hit would cost more than it saves. Only valid on that reader, and only for that search: it is never cached.
 */
final class MatchedResources extends SegmentBitsFilter {

    private final FixedBitSet[] bySegment;

    MatchedResources(int segments) {
        this.bySegment = new FixedBitSet[segments];
    }

    /** The bits of a segment, to be set while collecting it. */
    FixedBitSet of(LeafReaderContext segment) {
        FixedBitSet bits = new FixedBitSet(segment.reader().maxDoc());
        bySegment[segment.ord] = bits;
        return bits;
    }

    @Override
    @Nullable DocIdSetIterator matching(IndexSearcher searcher, LeafReaderContext segment) {
        FixedBitSet bits = bySegment[segment.ord];
        // the cost lets a conjunction choose which side leads
        return bits == null ? null : new BitSetIterator(bits, bits.approximateCardinality());
    }

    @Override
    public String toString(String field) {
        return "matchedResources";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
