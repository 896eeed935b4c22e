package org.educloud.library.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * One index segment's facet columns ({@link FacetColumns}): code 0 is "no value", code k the k-th of that facet's
 * values in the segment. The sample marks an eighth of the segment's documents, chosen one by one by a hash of
 * their number: resources indexed together (one school's import, one term's lessons) are no likelier to be in it
 * than any others.
 */
record FacetSegment(long[] packed, int[] shift, long[] mask, String[][] values, FixedBitSet sample) {

    /** One document in this many is in a segment's sample. */
    static final int SAMPLE_ONE_IN = 8;

    /** The code of a facet's value in this segment, or 0 when no resource of the segment has it. */
    long code(int facet, String value) {
        String[] known = values[facet];
        for (int k = 0; k < known.length; k++) {
            if (known[k].equals(value)) {
                return k + 1;
            }
        }
        return 0;
    }

    static FacetSegment read(LeafReader reader) throws IOException {
        int facets = FacetColumns.FACETS.size();
        int maxDoc = reader.maxDoc();
        int[][] codes = new int[facets][];
        String[][] values = new String[facets][];
        for (int f = 0; f < facets; f++) {
            FacetColumns.Facet facet = FacetColumns.FACETS.get(f);
            codes[f] = new int[maxDoc];
            values[f] = facet.numeric() ? numericCodes(reader, facet.field(), codes[f])
                    : textCodes(reader, facet.field(), codes[f]);
        }
        int[] shift = new int[facets];
        long[] mask = new long[facets];
        int used = 0;
        for (int f = 0; f < facets; f++) {
            int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(values[f].length));
            shift[f] = used;
            mask[f] = (1L << bits) - 1;
            used += bits;
        }
        if (used > 64) {
            throw new IllegalStateException("the library's facets need " + used + " bits per resource, over 64");
        }
        long[] packed = new long[maxDoc];
        for (int doc = 0; doc < maxDoc; doc++) {
            long value = 0;
            for (int f = 0; f < facets; f++) {
                value |= (long) codes[f][doc] << shift[f];
            }
            packed[doc] = value;
        }
        FixedBitSet sample = new FixedBitSet(Math.max(1, maxDoc));
        for (int doc = 0; doc < maxDoc; doc++) {
            if (inSample(doc)) {
                sample.set(doc);
            }
        }
        return new FacetSegment(packed, shift, mask, values, sample);
    }

    private static String[] textCodes(LeafReader reader, String field, int[] codes) throws IOException {
        SortedSetDocValues docValues = DocValues.getSortedSet(reader, field);
        int count = (int) docValues.getValueCount();
        String[] values = new String[count];
        for (int ord = 0; ord < count; ord++) {
            values[ord] = docValues.lookupOrd(ord).utf8ToString();
        }
        for (int doc = docValues.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = docValues.nextDoc()) {
            codes[doc] = (int) docValues.nextOrd() + 1;
        }
        return values;
    }

    private static String[] numericCodes(LeafReader reader, String field, int[] codes) throws IOException {
        SortedNumericDocValues docValues = DocValues.getSortedNumeric(reader, field);
        long[] raw = new long[codes.length];
        boolean[] present = new boolean[codes.length];
        TreeSet<Long> distinct = new TreeSet<>();
        for (int doc = docValues.nextDoc(); doc != SortedNumericDocValues.NO_MORE_DOCS; doc = docValues.nextDoc()) {
            raw[doc] = docValues.nextValue();
            present[doc] = true;
            distinct.add(raw[doc]);
        }
        Map<Long, Integer> code = new HashMap<>();
        String[] values = new String[distinct.size()];
        for (long value : distinct) {
            values[code.size()] = Long.toString(value);
            code.put(value, code.size() + 1);
        }
        for (int doc = 0; doc < codes.length; doc++) {
            if (present[doc]) {
                codes[doc] = code.get(raw[doc]);
            }
        }
        return values;
    }

    /** The packed bits and value of resources with every selected value; null where one is not in the segment. */
    @Nullable Wanted wanted(Map<String, String> selected) {
        long wantedMask = 0;
        long wantedValue = 0;
        for (int f = 0; f < FacetColumns.FACETS.size(); f++) {
            String value = selected.get(FacetColumns.FACETS.get(f).name());
            if (value != null) {
                long code = code(f, value);
                if (code == 0) {
                    return null;
                }
                wantedMask |= mask[f] << shift[f];
                wantedValue |= code << shift[f];
            }
        }
        return new Wanted(wantedMask, wantedValue);
    }

    /** The packed bits and value a segment's resources have where they have every selected value. */
    record Wanted(long mask, long value) {
    }

    /** Whether a segment's document of this number is in the segment's sample. */
    static boolean inSample(int doc) {
        // the finaliser of SplitMix64: neighbouring documents get unrelated hashes
        long hash = doc + 0x9E3779B97F4A7C15L;
        hash = (hash ^ (hash >>> 30)) * 0xBF58476D1CE4E5B9L;
        hash = (hash ^ (hash >>> 27)) * 0x94D049BB133111EBL;
        hash ^= hash >>> 31;
        return Math.floorMod(hash, SAMPLE_ONE_IN) == 0;
    }
}
