package org.educloud.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the rows, where it starts and how many there are in all. */
public record PageSlice<T>(List<T> items, int page, int size, long total) {

    public PageSlice {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /** The largest page number a list accepts: beyond it the offset would overflow, and no one pages that far. */
    public static final int MAX_PAGE = 100_000;

    /** A requested page number made safe: never negative, never beyond {@link #MAX_PAGE}. */
    public static int safePage(int page) {
        return Math.clamp(page, 0, MAX_PAGE);
    }

    public <R> PageSlice<R> map(Function<T, R> mapper) {
        return new PageSlice<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
