package org.educloud.library.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.educloud.library.ResourceQuery;
import org.educloud.library.SearchResults;
import org.jspecify.annotations.Nullable;

/**
 * The facet values of every indexed resource, one small code per facet packed into one number per document, kept
 * per index segment. Counting seven facets over every hit then reads one array element per hit instead of seven
 * doc-values lookups; segments are immutable, so a segment's columns are built once (from the doc values the
 * mapping already writes) and dropped when it closes.
 */
final class FacetColumns {

    /** A facet: its name in {@link SearchResults}, its index field, whether the field is numeric, how many values to return. */
    record Facet(String name, String field, boolean numeric, int top) {
    }

    static final List<Facet> FACETS = List.of(
            new Facet("stage", "stage", false, 10),
            new Facet("subject", "subject", false, 20),
            new Facet("grade", "grade", true, 12),
            new Facet("type", "type", false, 10),
            new Facet("edition", "edition", false, 10),
            new Facet("sharing", "sharing", false, 10),
            new Facet("school", "ownerId", true, 20));

    static {
        if (FACETS.size() != 7) {
            throw new ExceptionInInitializerError("the facet tally is written for seven facets");
        }
    }

    /** The facet values the search is narrowed to, as {@link FacetColumns} names and reads them. */
    static Map<String, String> selected(ResourceQuery query) {
        Map<String, String> selected = new HashMap<>();
        if (query.stage() != null) {
            selected.put("stage", query.stage().name());
        }
        if (query.subject() != null) {
            selected.put("subject", query.subject().name());
        }
        if (query.grade() != null) {
            selected.put("grade", query.grade().toString());
        }
        if (query.type() != null) {
            selected.put("type", query.type().name());
        }
        if (query.edition() != null && !query.edition().isBlank()) {
            selected.put("edition", query.edition());
        }
        if (query.sharing() != null) {
            selected.put("sharing", query.sharing().name());
        }
        if (query.schoolId() != null) {
            selected.put("school", query.schoolId().toString());
        }
        return selected;
    }

    private final Map<Object, FacetSegment> segments = new ConcurrentHashMap<>();

    /**
     * Counts the hits of {@code matches} that have the selected facet values, and marks each of them in
     * {@code matched}, and counts their facets: exactly, unless no facet value is selected and the hits are more
     * than {@code exactUpTo}. Then the facets are counted over the hits in a fixed random eighth of the index,
     * scaled to all the hits, and say they are estimates: with a hundred thousand hits, reading each one's packed
     * facets and counting them was a third of the search. The number of hits stays exact.
     * <p>
     * Whether the hits may be that many is asked of the index first (its upper bound on the matches, from the
     * postings' lengths); where the hits then turn out fewer, they are counted exactly in a second pass. With a
     * facet value selected, every hit's packed facets are read to check it anyway, and counting them costs little.
     *
     * @param selected facet name to the one value a hit must have (a grade or school as its decimal number)
     * @param matched  where to mark the hits, or null when the search's query alone already finds them
     */
    Counts count(IndexSearcher searcher, Query matches, Map<String, String> selected,
                 @Nullable MatchedResources matched, long exactUpTo) throws IOException {
        for (String name : selected.keySet()) {
            if (FACETS.stream().noneMatch(facet -> facet.name().equals(name))) {
                throw new IllegalArgumentException("no facet " + name);
            }
        }
        if (selected.isEmpty() && mayExceed(searcher, matches, exactUpTo)) {
            Counts sampled = searcher.search(matches, counting(selected, matched, true));
            if (sampled.hits() > exactUpTo) {
                return sampled;
            }
        }
        return searcher.search(matches, counting(selected, matched, false));
    }

    /** Whether the index's upper bound on the query's matches is above the limit. */
    private static boolean mayExceed(IndexSearcher searcher, Query query, long limit) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long atMost = 0;
        for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
            ScorerSupplier matches = weight.scorerSupplier(segment);
            if (matches != null) {
                atMost += matches.cost();
                if (atMost > limit) {
                    return true;
                }
            }
        }
        return false;
    }

    private CollectorManager<Tally, Counts> counting(Map<String, String> selected,
                                                     @Nullable MatchedResources matched, boolean sampling) {
        return new CollectorManager<>() {
            @Override
            public Tally newCollector() {
                return new Tally(selected, matched, sampling);
            }

            @Override
            public Counts reduce(Collection<Tally> tallies) {
                return Counts.of(tallies, sampling);
            }
        };
    }

    private FacetSegment of(LeafReaderContext context) throws IOException {
        IndexReader.CacheHelper core = context.reader().getCoreCacheHelper();
        if (core == null) {
            return FacetSegment.read(context.reader());
        }
        FacetSegment known = segments.get(core.getKey());
        if (known != null) {
            return known;
        }
        FacetSegment read = FacetSegment.read(context.reader());
        if (segments.putIfAbsent(core.getKey(), read) == null) {
            core.addClosedListener(segments::remove);
        }
        return read;
    }

    /**
     * Counts per segment while collecting; the segment's codes become values only at the end. The selected facet
     * values are checked here, against the same packed number, rather than as index filters: a filter on a common
     * value (the primary stage, a third of the index) costs the search a walk through its long postings list.
     * A sampling tally counts every hit but reads and counts the facets of the sample's hits only.
     */
    final class Tally implements Collector {
        private final Map<String, String> selected;
        private final @Nullable MatchedResources matched;
        private final boolean sampling;
        private final List<SegmentCounts> segmentsSeen = new ArrayList<>();
        private long hits;
        private long sampleHits;
        /** Hits waiting to be counted, a batch at a time; a collector serves one thread, segment after segment. */
        private final int[] pendingDocs = new int[256];
        private final long[] pendingValues = new long[256];

        Tally(Map<String, String> selected, @Nullable MatchedResources matched, boolean sampling) {
            if (sampling && !selected.isEmpty()) {
                throw new IllegalArgumentException("a facet selection is checked on every hit, not on a sample");
            }
            this.selected = selected;
            this.matched = matched;
            this.sampling = sampling;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            FacetSegment segment = of(context);
            FacetSegment.Wanted selection = segment.wanted(selected);
            if (selection == null) {
                // no resource of this segment has the selected values
                throw new CollectionTerminatedException();
            }
            SegmentCounts counts = new SegmentCounts(segment);
            segmentsSeen.add(counts);
            long[] packed = segment.packed();
            FixedBitSet sample = sampling ? segment.sample() : null;
            FixedBitSet marks = matched == null ? null : matched.of(context);
            long wantedMask = selection.mask();
            long wanted = selection.value();
            int[] docs = pendingDocs;
            long[] values = pendingValues;
            return new LeafCollector() {
                private int pending;

                @Override
                public void setScorer(Scorable scorer) {
                    // counts need no scores
                }

                @Override
                public void collect(int doc) {
                    docs[pending++] = doc;
                    if (pending == docs.length) {
                        tally();
                    }
                }

                /**
                 * Reads the batch's packed numbers in one loop and counts them in another: the reads do not
                 * depend on each other, so the processor overlaps their cache misses (the columns of a million
                 * resources are 8 MB), where reading and counting hit by hit waited for each miss in turn.
                 */
                private void tally() {
                    int counted = 0;
                    if (sample != null) {
                        hits += pending;
                        for (int i = 0; i < pending; i++) {
                            int doc = docs[i];
                            if (sample.get(doc)) {
                                docs[counted++] = doc;
                            }
                        }
                        for (int i = 0; i < counted; i++) {
                            values[i] = packed[docs[i]];
                        }
                        sampleHits += counted;
                    } else {
                        for (int i = 0; i < pending; i++) {
                            values[i] = packed[docs[i]];
                        }
                        for (int i = 0; i < pending; i++) {
                            long value = values[i];
                            if ((value & wantedMask) == wanted) {
                                values[counted++] = value;
                                if (marks != null) {
                                    marks.set(docs[i]);
                                }
                            }
                        }
                        hits += counted;
                    }
                    counts.count(values, counted);
                    pending = 0;
                }

                @Override
                public void finish() {
                    tally();
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** One segment's facet counts. */
    private static final class SegmentCounts {
        private final FacetSegment segment;
        private final int[][] counts;

        SegmentCounts(FacetSegment segment) {
            this.segment = segment;
            this.counts = new int[FACETS.size()][];
            for (int f = 0; f < counts.length; f++) {
                counts[f] = new int[segment.values()[f].length + 1];
            }
        }

        /** Counts the facets of the first {@code n} packed numbers. */
        void count(long[] values, int n) {
            int[] shift = segment.shift();
            long[] mask = segment.mask();
            // one local per facet: this loop runs for every hit counted, and the JIT keeps locals in registers
            int[] c0 = counts[0], c1 = counts[1], c2 = counts[2], c3 = counts[3], c4 = counts[4], c5 = counts[5],
                    c6 = counts[6];
            int s0 = shift[0], s1 = shift[1], s2 = shift[2], s3 = shift[3], s4 = shift[4], s5 = shift[5],
                    s6 = shift[6];
            long m0 = mask[0], m1 = mask[1], m2 = mask[2], m3 = mask[3], m4 = mask[4], m5 = mask[5], m6 = mask[6];
            for (int i = 0; i < n; i++) {
                long value = values[i];
                c0[(int) ((value >>> s0) & m0)]++;
                c1[(int) ((value >>> s1) & m1)]++;
                c2[(int) ((value >>> s2) & m2)]++;
                c3[(int) ((value >>> s3) & m3)]++;
                c4[(int) ((value >>> s4) & m4)]++;
                c5[(int) ((value >>> s5) & m5)]++;
                c6[(int) ((value >>> s6) & m6)]++;
            }
        }
    }

    /**
     * The hits and, per facet, its values most frequent first (ties in value order), at most the facet's top.
     *
     * @param estimated whether the facet counts are the sample's, scaled to the hits (and rounded to three
     *                  significant digits, so they do not look more precise than they are); the hits are exact
     */
    record Counts(long hits, Map<String, List<SearchResults.FacetCount>> facets, boolean estimated) {

        static Counts of(Collection<Tally> tallies, boolean estimated) {
            long hits = 0;
            long sampleHits = 0;
            for (Tally tally : tallies) {
                hits += tally.hits;
                sampleHits += tally.sampleHits;
            }
            double scale = estimated && sampleHits > 0 ? (double) hits / sampleHits : 1;
            List<Map<String, Long>> merged = new ArrayList<>();
            for (int f = 0; f < FACETS.size(); f++) {
                merged.add(new HashMap<>());
            }
            for (Tally tally : tallies) {
                for (SegmentCounts segment : tally.segmentsSeen) {
                    String[][] values = segment.segment.values();
                    for (int f = 0; f < segment.counts.length; f++) {
                        int[] counts = segment.counts[f];
                        for (int code = 1; code < counts.length; code++) {
                            if (counts[code] > 0) {
                                merged.get(f).merge(values[f][code - 1], (long) counts[code], Long::sum);
                            }
                        }
                    }
                }
            }
            Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
            for (int f = 0; f < FACETS.size(); f++) {
                facets.put(FACETS.get(f).name(), merged.get(f).entrySet().stream()
                        .map(e -> new SearchResults.FacetCount(e.getKey(),
                                estimated ? roughly(e.getValue() * scale) : e.getValue()))
                        .sorted((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                                : a.value().compareTo(b.value()))
                        .limit(FACETS.get(f).top())
                        .toList());
            }
            return new Counts(hits, facets, estimated);
        }

        /** A scaled count to three significant digits: 124,332.8 becomes 124,000, 57.3 becomes 57. */
        static long roughly(double count) {
            long whole = Math.round(count);
            long unit = 1;
            while (whole / unit >= 1000) {
                unit *= 10;
            }
            return Math.round((double) whole / unit) * unit;
        }
    }
}
