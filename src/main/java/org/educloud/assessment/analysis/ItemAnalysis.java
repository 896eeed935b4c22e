package org.educloud.assessment.analysis;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The item analysis of one quiz sitting: the whole test's figures and each item's, in the sheet's item order.
 * Entry point of the kernel: {@code ItemAnalysis.of(sheet)}. Runs in one pass per item over primitive columns;
 * 2,000 students × 50 items take a few milliseconds (bench/README.md, "Item analysis (issue 28)").
 */
public record ItemAnalysis(TestStatistics test, List<ItemStatistics> items) {

    /** Ten bars: tenths of the maximum, as teachers read a score distribution. */
    public static final int DEFAULT_BUCKETS = 10;

    public ItemAnalysis {
        items = List.copyOf(items);
    }

    public static ItemAnalysis of(ScoreSheet sheet) {
        return of(sheet, DEFAULT_BUCKETS);
    }

    /** The analysis with the score distribution in {@code buckets} equal-width bars. */
    public static ItemAnalysis of(ScoreSheet sheet, int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("a distribution needs at least one bucket, asked " + buckets);
        }
        @Nullable UpperLowerGroups groups = sheet.students() < 2 ? null
                : UpperLowerGroups.of(sheet.totalArray(), sheet.maxTotal());
        List<ItemStatistics> items = new ArrayList<>(sheet.itemCount());
        for (int i = 0; i < sheet.itemCount(); i++) {
            items.add(ItemMeasures.of(sheet, i, groups));
        }
        return new ItemAnalysis(TestMeasures.of(sheet, buckets), items);
    }

    /** The figures of the item with {@code itemId}. */
    public ItemStatistics item(long itemId) {
        return items.stream().filter(item -> item.itemId() == itemId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + itemId + " in this analysis"));
    }
}
